package dev.ember.engine.orc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.orc.TypeDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrcRowsTest {
  @TempDir
  Path directory;

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true);
  }

  @Test
  void sparkTypesAsSparkWritesThemInOrc() {
    assertThat(OrcSchemas.toOrc(AtomicType.TIMESTAMP).toString()).isEqualTo("timestamp");
    TypeDescription ntz = OrcSchemas.toOrc(AtomicType.TIMESTAMP_NTZ);
    assertThat(ntz.getCategory()).isEqualTo(TypeDescription.Category.LONG);
    assertThat(ntz.getAttributeValue("spark.sql.catalyst.type")).isEqualTo("timestamp_ntz");
    assertThat(OrcSchemas.toOrc(DayTimeIntervalType.DEFAULT).getAttributeValue("spark.sql.catalyst.type"))
        .isEqualTo("interval day to second");
    assertThat(OrcSchemas.toSparkType(TypeDescription.fromString("char(3)"))).isEqualTo(AtomicType.STRING);
    assertThat(OrcSchemas.toSparkType(TypeDescription.fromString("timestamp with local time zone")))
        .isEqualTo(AtomicType.TIMESTAMP);
    assertThat(OrcSchemas.supports(AtomicType.CALENDAR_INTERVAL)).isFalse();
    assertThat(OrcSchemas.supports(AtomicType.NULL)).isFalse();
  }

  @Test
  void rowsOfEveryTypeComeBackAsWritten() throws Exception {
    StructType schema = new StructType(List.of(field("b", AtomicType.BOOLEAN), field("t", AtomicType.BYTE),
        field("s", AtomicType.SHORT), field("i", AtomicType.INTEGER), field("l", AtomicType.LONG),
        field("f", AtomicType.FLOAT), field("d", AtomicType.DOUBLE), field("str", AtomicType.STRING),
        field("bin", AtomicType.BINARY), field("day", AtomicType.DATE), field("ts", AtomicType.TIMESTAMP),
        field("ntz", AtomicType.TIMESTAMP_NTZ), field("dec", new DecimalType(20, 4)),
        field("dt", DayTimeIntervalType.DEFAULT), field("ym", YearMonthIntervalType.DEFAULT),
        field("arr", new ArrayType(AtomicType.LONG, true)), field("m", new MapType(AtomicType.STRING,
            AtomicType.INTEGER, true)), field("st", new StructType(List.of(field("x", AtomicType.STRING))))));
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("k", 7);
    Object[] row = {true, (byte) -1, (short) 300, 70000, 1L << 40, 1.5f, -2.25, "héllo", new byte[] {1, 2},
        LocalDate.of(1999, 12, 31), Instant.parse("2024-02-29T23:59:59.123456Z"),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000), new BigDecimal("-12345678.9012"),
        Duration.ofSeconds(90061, 500_000), Period.ofMonths(14), Arrays.asList(1L, null, 3L), map,
        Arrays.asList("inner")};
    Object[] nulls = new Object[row.length];
    Path file = directory.resolve("rows.orc");
    try (OrcRowWriter writer = OrcRowWriter.create(file, schema, "zstd")) {
      writer.add(List.of(row, nulls));
    }
    assertThat(Files.list(directory).map(Path::getFileName).map(Path::toString)).containsExactly("rows.orc");
    assertThat(OrcRowReader.schema(file)).contains(schema);
    List<Object[]> read = new ArrayList<>();
    OrcRowReader.read(file, new OrcRead(schema, false, true), 1024, read::addAll);
    assertThat(read).hasSize(2);
    Object[] expected = row.clone();
    expected[13] = 90061L * 1_000_000 + 500; // intervals come back as the engine stores them
    expected[14] = 14;
    assertThat(read.get(0)).containsExactly(expected);
    assertThat(read.get(1)).containsOnlyNulls();
  }
}
