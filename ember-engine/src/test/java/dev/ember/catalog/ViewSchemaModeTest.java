package dev.ember.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewSchemaModeTest {
  @Test
  void aNewViewKeepsTheWrittenModeElseTheSessionsDefault() {
    assertThat(ViewSchemaMode.forNewView(Optional.empty(), false, true, true)).isEqualTo(ViewSchemaMode.COMPENSATION);
    assertThat(ViewSchemaMode.forNewView(Optional.empty(), false, true, false)).isEqualTo(ViewSchemaMode.BINDING);
    assertThat(ViewSchemaMode.forNewView(Optional.of(ViewSchemaMode.EVOLUTION), false, true, true))
        .isEqualTo(ViewSchemaMode.EVOLUTION);
    // a column list fixes the names: EVOLUTION evolves the types only
    assertThat(ViewSchemaMode.forNewView(Optional.of(ViewSchemaMode.EVOLUTION), true, true, true))
        .isEqualTo(ViewSchemaMode.TYPE_EVOLUTION);
    assertThat(ViewSchemaMode.forNewView(Optional.empty(), false, false, true)).isEqualTo(ViewSchemaMode.UNSUPPORTED);
  }

  @Test
  void aViewIsReadInItsModeBindingWhenItKeepsNoneUnsupportedWhileBindingIsOff() {
    CatalogTable typed = view(Map.of(CatalogTable.SCHEMA_MODE, "TYPE EVOLUTION"));
    assertThat(typed.schemaMode(true)).isEqualTo(ViewSchemaMode.TYPE_EVOLUTION);
    assertThat(typed.schemaMode(false)).isEqualTo(ViewSchemaMode.UNSUPPORTED);
    assertThat(view(Map.of()).schemaMode(true)).isEqualTo(ViewSchemaMode.BINDING);
    assertThat(ViewSchemaMode.TYPE_EVOLUTION.text()).isEqualTo("TYPE EVOLUTION");
  }

  @Test
  void theQueryColumnNamesAreKeptApartFromTheViewsOwn() {
    CatalogTable older = view(Map.of());
    assertThat(older.queryColumnNames()).containsExactly("a1", "a2");
    CatalogTable kept = older.withViewConfs(CatalogTable.withQueryColumnNames(Map.of("view.sqlPath", "p"),
        List.of("c1", "c2")));
    assertThat(kept.queryColumnNames()).containsExactly("c1", "c2");
    assertThat(CatalogTable.withQueryColumnNames(kept.viewConfs(), List.of("x"))).containsEntry("view.sqlPath", "p")
        .containsEntry(CatalogTable.QUERY_COLUMN_COUNT, "1").doesNotContainKey(CatalogTable.QUERY_COLUMN_PREFIX + "1");
  }

  private static CatalogTable view(Map<String, String> viewConfs) {
    StructType schema = new StructType(List.of(new StructField("a1", AtomicType.INTEGER, true),
        new StructField("a2", AtomicType.INTEGER, true)));
    return new CatalogTable(new TableName("default", "v"), TableKind.VIEW, schema, List.of(), Optional.empty(), "",
        Map.of(), Optional.empty(), Map.of(), Optional.empty(), Optional.of("SELECT * FROM t"), viewConfs, 0L,
        Map.of(), Optional.empty());
  }
}
