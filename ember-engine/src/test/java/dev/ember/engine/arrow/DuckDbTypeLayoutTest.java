package dev.ember.engine.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A DuckDB column is exported as Arrow only when its type has the shape of the Spark type. */
class DuckDbTypeLayoutTest {
  @Test
  void nestedTypesMatchWhateverTheFieldNames() {
    StructType struct = new StructType(List.of(new StructField("x", AtomicType.INTEGER, true),
        new StructField("Y z", new ArrayType(new DecimalType(10, 2), true), true),
        new StructField("select", new MapType(AtomicType.STRING, AtomicType.TIMESTAMP, true), true)));
    assertThat(DuckDbTypeLayout.of(struct))
        .isEqualTo(DuckDbTypeLayout.ofDuckDb(
            "STRUCT(x INTEGER, \"Y z\" DECIMAL(10,2)[], \"select\" MAP(VARCHAR, TIMESTAMP WITH TIME ZONE))"))
        .contains("STRUCT(INTEGER,DECIMAL(10,2)[],MAP(VARCHAR,TIMESTAMP WITH TIME ZONE))");
    assertThat(DuckDbTypeLayout.ofDuckDb("STRUCT(\"a\"\"b, c\" INTEGER)")).contains("STRUCT(INTEGER)");
  }

  @Test
  void otherShapesDoNotMatch() {
    assertThat(DuckDbTypeLayout.ofDuckDb("INTEGER[3]")).isNotEqualTo(DuckDbTypeLayout.of(new ArrayType(AtomicType.INTEGER, true)));
    assertThat(DuckDbTypeLayout.ofDuckDb("HUGEINT")).isNotEqualTo(DuckDbTypeLayout.of(AtomicType.LONG));
    assertThat(DuckDbTypeLayout.ofDuckDb("DECIMAL(18,2)")).isNotEqualTo(DuckDbTypeLayout.of(new DecimalType(18, 3)));
    assertThat(DuckDbTypeLayout.ofDuckDb("TIMESTAMP_NS")).isNotEqualTo(DuckDbTypeLayout.of(AtomicType.TIMESTAMP_NTZ));
    assertThat(DuckDbTypeLayout.ofDuckDb("TIMESTAMP")).isNotEqualTo(DuckDbTypeLayout.of(AtomicType.TIMESTAMP));
    assertThat(DuckDbTypeLayout.of(AtomicType.NULL)).isEmpty();
    assertThat(DuckDbTypeLayout.of(new ArrayType(AtomicType.NULL, true))).isEmpty();
    assertThat(DuckDbTypeLayout.ofDuckDb("STRUCT(x INTEGER")).isEqualTo(Optional.empty());
  }
}
