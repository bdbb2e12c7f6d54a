package io.mec4j.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects an {@link EmbeddedMecPlatform} into test methods, constructors and lifecycle
 * methods. One platform is started per test class (lazily, on first use) and closed after the class; tests share it,
 * so use distinct application instance ids per test.
 *
 * <pre>{@code
 * @ExtendWith(MecPlatformExtension.class)
 * class MyAppTest {
 *   @Test
 *   void registersItsService(EmbeddedMecPlatform mec) {
 *     AppCredentials app = mec.provisionApp("my-app-1");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Annotate the test class with {@link MecPlatformSettings} for open mode.
 */
public final class MecPlatformExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MecPlatformExtension.class);

  /** Used by JUnit. */
  public MecPlatformExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmbeddedMecPlatform.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = context.getTestClass().isPresent() && context.getParent().isPresent()
        && context.getTestMethod().isPresent() ? context.getParent().get() : context;
    return classContext.getStore(NS).getOrComputeIfAbsent(EmbeddedMecPlatform.class, k -> {
      MecPlatformSettings settings = context.getRequiredTestClass().getAnnotation(MecPlatformSettings.class);
      EmbeddedMecPlatform.Builder b = EmbeddedMecPlatform.builder();
      if (settings != null && settings.open()) {
        b.open();
      }
      try {
        return b.start(); // AutoCloseable: JUnit closes it with the class's store
      } catch (RuntimeException e) {
        throw new ParameterResolutionException("Cannot start the embedded MEC platform: " + e.getMessage(), e);
      }
    }, EmbeddedMecPlatform.class);
  }
}
