package io.mec4j.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Settings of the platform {@link MecPlatformExtension} starts for a test class. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MecPlatformSettings {

  /**
   * Open mode: no tokens checked, application instances provisioned on first use.
   *
   * @return true for open mode
   */
  boolean open() default false;
}
