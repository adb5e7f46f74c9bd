package dev.ember.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlSessionTimestampTypesTest {
  @Test
  void plainTimestampTypesBecomeTimestampNtzAnywhereInTheType() {
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("t Timestamp")).isEqualTo("t TIMESTAMP_NTZ");
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("a INT, b ARRAY<timestamp>, c STRUCT<d: TIMESTAMP>"))
        .isEqualTo("a INT, b ARRAY<TIMESTAMP_NTZ>, c STRUCT<d: TIMESTAMP_NTZ>");
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("timestamp")).isEqualTo("TIMESTAMP_NTZ");
  }

  @Test
  void namesExplicitZonesAndNonTypesStay() {
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("timestamp timestamp_ltz, `timestamp` INT"))
        .isEqualTo("timestamp timestamp_ltz, `timestamp` INT");
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("a timestamp_ntz")).isEqualTo("a timestamp_ntz");
    assertThat(SqlSessionTimestampTypes.withoutTimeZone("not a type <")).isEqualTo("not a type <");
  }
}
