package dev.ember.suites.tpc;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants of a compiled class on the classpath: how the TPC-H tables' DDL, which Spark
 * keeps in a test trait that cannot be instantiated outside its test framework, is read from the jar.
 */
final class ClassFileStrings {
  private static final int MAGIC = 0xCAFEBABE;

  private ClassFileStrings() {
  }

  /** Every UTF-8 entry of the class's constant pool, in pool order. */
  static List<String> of(String className) {
    String resource = className.replace('.', '/') + ".class";
    try (InputStream in = ClassFileStrings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return constants(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> constants(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IllegalStateException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    List<String> strings = new ArrayList<>();
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> strings.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          index++;
        }
        default -> throw new IllegalStateException("unknown constant pool tag " + tag);
      }
    }
    return strings;
  }
}
