package dev.ember.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * A value user code gave for a Spark type, in the form Spark hands such a value back (what its CatalystTypeConverters
 * make of it there and back): an array as a Scala {@code Seq} whether given as a {@code Seq}, a {@code java.util.List}
 * or a Java array, a map as a Scala {@code Map}, a struct as a {@code Row}, their elements alike.
 */
final class ExternalValues {
  private ExternalValues() {
  }

  static Object of(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof ArrayType array) {
      List<Object> elements = new ArrayList<>();
      elements(value).forEach(element -> elements.add(of(element, array.elementType())));
      return scala.jdk.javaapi.CollectionConverters.asScala(elements).toSeq();
    }
    if (type instanceof MapType map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      entries(value).forEach((key, entry) -> entries.put(of(key, map.keyType()), of(entry, map.valueType())));
      return scala.collection.immutable.Map$.MODULE$.from(scala.jdk.javaapi.CollectionConverters.asScala(entries));
    }
    if (type instanceof StructType struct && value instanceof Row row) {
      List<Object> fields = new ArrayList<>();
      for (int i = 0; i < struct.fields().length; i++) {
        fields.add(of(row.get(i), struct.fields()[i].dataType()));
      }
      return Row.fromSeq(scala.jdk.javaapi.CollectionConverters.asScala(fields).toSeq());
    }
    return value;
  }

  private static Iterable<?> elements(Object value) {
    if (value instanceof scala.collection.Iterable<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq);
    }
    if (value instanceof Iterable<?> list) {
      return list;
    }
    if (value.getClass().isArray()) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
        elements.add(java.lang.reflect.Array.get(value, i));
      }
      return elements;
    }
    throw new ClassCastException(value.getClass().getName() + " is no array value");
  }

  private static Map<?, ?> entries(Object value) {
    if (value instanceof scala.collection.Map<?, ?> map) {
      return scala.jdk.javaapi.CollectionConverters.asJava(map);
    }
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new ClassCastException(value.getClass().getName() + " is no map value");
  }
}
