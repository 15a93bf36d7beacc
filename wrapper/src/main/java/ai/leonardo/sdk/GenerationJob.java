package ai.leonardo.sdk;

import java.util.Optional;

/**
 * A started generation: its id and cost, and the way to follow it to the end. Cheap to create
 * and safe to share; it holds no connection. Save {@link #id()} to resume from another process
 * with {@link Generations#job(String)}.
 */
public final class GenerationJob {
    private final Generations generations;
    private final String id;
    private final Cost cost;
    private final Long apiCreditCost;

    GenerationJob(Generations generations, String id, Cost cost, Long apiCreditCost) {
        this.generations = generations;
        this.id = id;
        this.cost = cost;
        this.apiCreditCost = apiCreditCost;
    }

    /** @return the generation id */
    public String id() {
        return id;
    }

    /** @return what the API said the generation costs; empty for a resumed job */
    public Optional<Cost> cost() {
        return Optional.ofNullable(cost);
    }

    /**
     * Returns the deprecated API credit cost, when the API still sends it.
     *
     * @return the credit cost
     * @deprecated the API deprecates {@code apiCreditCost}; use {@link #cost()}
     */
    @Deprecated
    public Optional<Long> apiCreditCost() {
        return Optional.ofNullable(apiCreditCost);
    }

    /**
     * Fetches the generation's current state once.
     *
     * @return the generation now
     * @throws NotFoundException when it no longer exists
     */
    public Generation poll() {
        return generations.get(id);
    }

    @Override
    public String toString() {
        return "GenerationJob{id=" + id + ", cost=" + cost + "}";
    }
}
