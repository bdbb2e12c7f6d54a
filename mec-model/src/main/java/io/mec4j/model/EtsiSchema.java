package io.mec4j.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the schema of an ETSI MEC OpenAPI file that a model type implements.
 *
 * <p>A type that several spec files define (for example {@code LinkType}) carries one annotation per file. The
 * annotation is documentation for users ("which ETSI data type is this?") and the anchor of the schema coverage and
 * conformance tests, which check every annotated type against the named schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(EtsiSchema.List.class)
public @interface EtsiSchema {

  /**
   * The spec file's stem as kept in mec4j's spec folder, e.g. {@code MEC011_ServiceMgmt}.
   *
   * @return the spec file stem
   */
  String spec();

  /**
   * The schema's name under {@code components/schemas}, e.g. {@code ServiceInfo}.
   *
   * @return the schema name
   */
  String name();

  /** Container for repeated {@link EtsiSchema} annotations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The repeated annotations.
     *
     * @return the annotations
     */
    EtsiSchema[] value();
  }
}
