package dev.ember.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Spark's ViewSchemaMode: how a persistent view meets a change of its query's columns. {@code BINDING} up-casts the
 * query's columns to the view's types, {@code COMPENSATION} casts them (ANSI), {@code TYPE EVOLUTION} takes their
 * types and {@code EVOLUTION} their names and types too; {@code UNSUPPORTED} is every view's while
 * {@code spark.sql.legacy.viewSchemaBindingMode} is off (it casts as COMPENSATION does, or up-casts with
 * {@code spark.sql.legacy.viewSchemaCompensation} off).
 */
public enum ViewSchemaMode {
  BINDING("BINDING"),
  COMPENSATION("COMPENSATION"),
  TYPE_EVOLUTION("TYPE EVOLUTION"),
  EVOLUTION("EVOLUTION"),
  UNSUPPORTED("UNSUPPORTED");

  /** Spark's switch of schema binding modes (on by default). */
  public static final String BINDING_MODE_CONF = "spark.sql.legacy.viewSchemaBindingMode";
  /** With it on (the default), a view created without WITH SCHEMA compensates; else it binds. */
  public static final String COMPENSATION_CONF = "spark.sql.legacy.viewSchemaCompensation";

  private final String text;

  ViewSchemaMode(String text) {
    this.text = text;
  }

  /** As Spark writes it: DESCRIBE's View Schema Mode, SHOW CREATE TABLE's WITH SCHEMA. */
  public String text() {
    return text;
  }

  /** The mode written as {@link #text()}. */
  public static ViewSchemaMode of(String text) {
    for (ViewSchemaMode mode : values()) {
      if (mode.text.equals(text.toUpperCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new IllegalArgumentException("no view schema mode " + text);
  }

  /**
   * The mode a view is read in (Spark's CatalogTable.viewSchemaMode): the one it keeps, BINDING for one that keeps
   * none; UNSUPPORTED while schema binding is off.
   */
  public static ViewSchemaMode of(CatalogTable view, boolean bindingEnabled) {
    if (!bindingEnabled) {
      return UNSUPPORTED;
    }
    return Optional.ofNullable(view.viewConfs().get(CatalogTable.SCHEMA_MODE)).map(ViewSchemaMode::of)
        .orElse(BINDING);
  }

  /**
   * The mode a new view keeps (Spark's parser): the one written, EVOLUTION with a column list being TYPE EVOLUTION;
   * without one, the session's default; none (UNSUPPORTED) while schema binding is off.
   */
  public static ViewSchemaMode forNewView(Optional<ViewSchemaMode> written, boolean columnList,
      boolean bindingEnabled, boolean compensation) {
    if (!bindingEnabled) {
      return UNSUPPORTED;
    }
    if (written.isEmpty()) {
      return compensation ? COMPENSATION : BINDING;
    }
    return written.get() == EVOLUTION && columnList ? TYPE_EVOLUTION : written.get();
  }
}
