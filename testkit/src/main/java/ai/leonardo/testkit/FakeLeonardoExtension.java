package ai.leonardo.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link FakeLeonardo} for tests and injects it as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(FakeLeonardoExtension.class)        // one default fake per test class
 * class MyTest {
 *     @Test void creates(FakeLeonardo fake) { ... fake.baseUrl() ... fake.apiKey() ... }
 * }
 *
 * class MyOtherTest {
 *     @RegisterExtension
 *     static final FakeLeonardoExtension LEONARDO =
 *             FakeLeonardoExtension.perClass(FakeLeonardo.builder().manualClock());
 * }
 * }</pre>
 *
 * <p>Per class (the default), one fake serves every test of the class and is {@link FakeLeonardo#reset() reset}
 * before each test, so no state or armed fault leaks between tests. Per test, each test gets a new fake on a
 * new port. The fake stops when its class (or test) finishes.
 */
public final class FakeLeonardoExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeLeonardoExtension.class);
    private static final String KEY = "fake";

    private final Supplier<FakeLeonardo> factory;
    private final boolean perTest;
    private volatile FakeLeonardo current;

    /** One fake with default settings per test class; the constructor {@code @ExtendWith} uses. */
    public FakeLeonardoExtension() {
        this(FakeLeonardo.builder(), false);
    }

    private FakeLeonardoExtension(FakeLeonardo.Builder builder, boolean perTest) {
        FakeLeonardo.Builder settings = Objects.requireNonNull(builder, "builder").copy();
        this.factory = settings::build;
        this.perTest = perTest;
    }

    /**
     * One fake per test class, reset before each test.
     *
     * @param builder the fake's settings, copied now
     * @return the extension, for {@code @RegisterExtension}
     */
    public static FakeLeonardoExtension perClass(FakeLeonardo.Builder builder) {
        return new FakeLeonardoExtension(builder, false);
    }

    /**
     * A new fake for every test.
     *
     * @param builder the fake's settings, copied now
     * @return the extension, for {@code @RegisterExtension}
     */
    public static FakeLeonardoExtension perTest(FakeLeonardo.Builder builder) {
        return new FakeLeonardoExtension(builder, true);
    }

    /**
     * The fake of the test running now, for tests that hold the extension in a field. With parallel test
     * execution prefer the injected parameter.
     *
     * @return the running fake
     * @throws IllegalStateException outside a test
     */
    public FakeLeonardo fake() {
        FakeLeonardo f = current;
        if (f == null) {
            throw new IllegalStateException("no FakeLeonardo is running; use it from a test or lifecycle method");
        }
        return f;
    }

    /**
     * Starts the per-class fake.
     *
     * @param context the class context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            current = startIn(context);
        }
    }

    /**
     * Resets the per-class fake, or starts a per-test one.
     *
     * @param context the test context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) {
            current = startIn(context);
            return;
        }
        FakeLeonardo fake = context.getStore(NAMESPACE).get(KEY, FakeLeonardo.class);
        if (fake == null) {
            // Registered on an instance field, so beforeAll never ran: start it at class level now.
            fake = startIn(context.getParent().orElse(context));
        } else {
            fake.reset();
        }
        current = fake;
    }

    /**
     * Stops a per-test fake.
     *
     * @param context the test context
     */
    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stopIn(context);
        }
    }

    /**
     * Stops the per-class fake.
     *
     * @param context the class context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        if (!perTest) {
            stopIn(context);
        }
    }

    // A fake started lazily from beforeEach (extension on an instance field) has no afterAll; JUnit's store
    // closes it, as an AutoCloseable, when the class finishes.
    private void stopIn(ExtensionContext context) {
        FakeLeonardo fake = context.getStore(NAMESPACE).remove(KEY, FakeLeonardo.class);
        if (fake != null) {
            fake.close();
        }
        current = null;
    }

    // getOrComputeIfAbsent, deprecated in JUnit 6 but kept, is the one JUnit 5 has: computeIfAbsent is 6.0+.
    @SuppressWarnings("deprecation")
    private FakeLeonardo startIn(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> factory.get().start(), FakeLeonardo.class);
    }

    /**
     * Supports parameters of type {@link FakeLeonardo}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return whether the parameter is a FakeLeonardo
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FakeLeonardo.class;
    }

    /**
     * Injects the running fake.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return the fake
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        FakeLeonardo fake = extensionContext.getStore(NAMESPACE).get(KEY, FakeLeonardo.class);
        if (fake == null) {
            throw new ParameterResolutionException("no FakeLeonardo is running here; a per-test fake exists only"
                    + " inside test methods and @BeforeEach/@AfterEach");
        }
        return fake;
    }
}
