package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import org.junit.jupiter.api.Test;

/** The DDL strings clients ask the server to parse, as Spark's server parses them (parseDatatypeString). */
class DdlStringsTest {
  @Test
  void columnsTypesAndTheFieldsOfAStruct() {
    assertThat(DataTypes.parseDdlString("a INT, b STRING").simpleString()).isEqualTo("struct<a:int,b:string>");
    assertThat(DataTypes.parseDdlString("int").simpleString()).isEqualTo("int");
    assertThat(DataTypes.parseDdlString("name: string, age: int").simpleString())
        .isEqualTo("struct<name:string,age:int>");
    assertThat(DataTypes.parseDdlString(" a: byte, b: decimal(  16 , 8   ) ").simpleString())
        .isEqualTo("struct<a:tinyint,b:decimal(16,8)>");
  }

  @Test
  void whatNoneParsesIsTheFirstError() {
    assertThatThrownBy(() -> DataTypes.parseDdlString("a: nosuchtype")).isInstanceOfSatisfying(EmberException.class,
        error -> assertThat(error.errorClass()).isEqualTo("INVALID_SCHEMA.PARSE_ERROR"));
  }
}
