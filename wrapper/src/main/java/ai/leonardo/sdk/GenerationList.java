package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A user's generations, fetched page by page only as they are consumed. Iterating again starts
 * over from the first page. Not thread-safe to iterate from several threads at once; create one
 * iterator per thread.
 */
public final class GenerationList implements Iterable<Generation> {
    private final IntFunction<List<Generation>> pageAtOffset;
    private final int pageSize;

    GenerationList(IntFunction<List<Generation>> pageAtOffset, int pageSize) {
        this.pageAtOffset = pageAtOffset;
        this.pageSize = pageSize;
    }

    /** @return an iterator that fetches the next page when the current one is used up */
    @Override
    public Iterator<Generation> iterator() {
        return new Iterator<>() {
            private List<Generation> page = List.of();
            private int index;
            private int offset;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = pageAtOffset.apply(offset);
                offset += page.size();
                index = 0;
                last = page.size() < pageSize;
                return !page.isEmpty();
            }

            @Override
            public Generation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    /** @return a sequential, lazy stream over the same generations */
    public Stream<Generation> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
