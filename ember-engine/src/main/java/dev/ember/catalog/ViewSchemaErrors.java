package dev.ember.catalog;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spark's errors of views' schema binding: a view whose query's columns changed beyond what its mode allows. */
public final class ViewSchemaErrors {
  private ViewSchemaErrors() {
  }

  /** FEATURE_NOT_ENABLED: WITH SCHEMA while {@code spark.sql.legacy.viewSchemaBindingMode} is off. */
  public static EmberException bindingNotEnabled() {
    String key = ViewSchemaMode.BINDING_MODE_CONF;
    return new EmberException(ErrorKind.PARSE, "FEATURE_NOT_ENABLED", "56038",
        "The feature VIEW ... WITH SCHEMA ... is not enabled. Consider setting the config " + key
            + " to true to enable this capability.",
        Map.of("featureName", "VIEW ... WITH SCHEMA ...", "configKey", key, "configValue", "true"));
  }

  /** UNSUPPORTED_FEATURE.TEMPORARY_VIEW_WITH_SCHEMA_BINDING_MODE: a temporary view has no schema mode. */
  public static EmberException temporaryView() {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.TEMPORARY_VIEW_WITH_SCHEMA_BINDING_MODE",
        "0A000", "The feature is not supported: Temporary views cannot be created with the WITH SCHEMA clause. "
            + "Recreate the temporary view when the underlying schema changes, or use a persisted view.", Map.of());
  }

  /**
   * INCOMPATIBLE_VIEW_SCHEMA_CHANGE: the view's query no longer has {@code expected} columns named {@code column};
   * {@code suggestion} is the CREATE OR REPLACE VIEW that would recreate it.
   */
  public static EmberException incompatibleChange(TableName view, String column, int expected, List<String> actual,
      String suggestion) {
    String actualColumns = "[" + String.join(",", actual) + "]";
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("viewName", view.quoted());
    parameters.put("colName", column);
    parameters.put("expectedNum", Integer.toString(expected));
    parameters.put("actualCols", actualColumns);
    parameters.put("suggestion", suggestion);
    return new EmberException(ErrorKind.ANALYSIS, "INCOMPATIBLE_VIEW_SCHEMA_CHANGE", "51024",
        "The SQL query of view " + view.quoted() + " has an incompatible schema change and column " + column
            + " cannot be resolved. Expected " + expected + " columns named " + column + " but got " + actualColumns
            + ".\nPlease try to re-create the view by running: " + suggestion + ".", parameters);
  }

  /** CANNOT_UP_CAST_DATATYPE: a BINDING view's column whose type its query's column no longer up-casts to. */
  public static EmberException cannotUpCast(String expression, DataType from, DataType to) {
    String details = "The type path of the target object is:\n\nYou can either add an explicit cast to the input data"
        + " or choose a higher precision type of the field in the target object";
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("expression", expression);
    parameters.put("sourceType", SparkErrors.toSqlType(from));
    parameters.put("targetType", SparkErrors.toSqlType(to));
    parameters.put("details", details);
    return new EmberException(ErrorKind.ANALYSIS, "CANNOT_UP_CAST_DATATYPE", "42846",
        "Cannot up cast " + expression + " from " + SparkErrors.toSqlType(from) + " to " + SparkErrors.toSqlType(to)
            + ".\n" + details, parameters);
  }
}
