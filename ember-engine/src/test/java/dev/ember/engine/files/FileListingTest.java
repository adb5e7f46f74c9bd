package dev.ember.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileListingTest {
  @TempDir
  Path directory;

  private void file(String relative, String content) throws IOException {
    Path file = directory.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private FileListing list(Map<String, String> options) {
    return FileListing.of(List.of(directory.toString()), FileSourceOptions.of(options, ZoneId.of("UTC")), Optional.empty());
  }

  @Test
  void partitionValuesOfOneColumnWidenToOneType() throws IOException {
    file("k=1/a.csv", "x");
    file("k=5000000000/b.csv", "x");
    file("k=__HIVE_DEFAULT_PARTITION__/c.csv", "x");
    FileListing listing = list(Map.of());
    assertThat(listing.partitions().columns()).containsExactly(new StructField("k", AtomicType.LONG, true));
    assertThat(listing.partitions().valuesByFile().get(directory.resolve("k=__HIVE_DEFAULT_PARTITION__/c.csv").toString()))
        .containsExactly((String) null);
  }

  @Test
  void inferredTypesFollowSparksOrder() {
    assertThat(PartitionValueTypes.infer("12")).isEqualTo(AtomicType.INTEGER);
    assertThat(PartitionValueTypes.infer("99999999999999999999")).isEqualTo(new DecimalType(20, 0));
    assertThat(PartitionValueTypes.infer("1.5")).isEqualTo(AtomicType.DOUBLE);
    assertThat(PartitionValueTypes.infer("2024-02-30")).isEqualTo(AtomicType.STRING);
    assertThat(PartitionValueTypes.infer("2024-01-05 10:00:00")).isEqualTo(AtomicType.TIMESTAMP);
    assertThat(PartitionValueTypes.wider(AtomicType.INTEGER, AtomicType.DATE)).isEqualTo(AtomicType.STRING);
    assertThat(PartitionValueTypes.wider(AtomicType.DATE, AtomicType.TIMESTAMP)).isEqualTo(AtomicType.TIMESTAMP);
  }

  @Test
  void escapedNamesAndValuesAreUnescaped() throws IOException {
    file("city=New%20York/a.csv", "x");
    FileListing listing = list(Map.of());
    assertThat(listing.partitions().valuesByFile().values()).containsExactly(List.of("New York"));
  }

  @Test
  void differentColumnsAtOneLevelAreSparksConflict() throws IOException {
    file("a=1/x.csv", "x");
    file("b=2/y.csv", "y");
    assertThatThrownBy(() -> list(Map.of())).isInstanceOfSatisfying(EmberException.class,
        error -> assertThat(error.errorClass()).isEqualTo("CONFLICTING_PARTITION_COLUMN_NAMES"));
  }

  @Test
  void emptyAndHiddenFilesAreNotRead() throws IOException {
    file("data.csv", "x");
    file("empty.csv", "");
    file("_SUCCESS", "x");
    file(".crc", "x");
    assertThat(list(Map.of()).files()).containsExactly(directory.resolve("data.csv").toString());
  }

  @Test
  void modificationTimesAreReadInTheSessionZone() {
    assertThatThrownBy(() -> FileSourceOptions.of(Map.of("modifiedbefore", "soon"), ZoneId.of("UTC")))
        .isInstanceOfSatisfying(EmberException.class,
            error -> assertThat(error.errorClass()).isEqualTo("_LEGACY_ERROR_TEMP_1294"));
    FileSourceOptions options = FileSourceOptions.of(Map.of("modifiedafter", "2020-01-01T00:00:00"), ZoneId.of("Asia/Tokyo"));
    assertThat(options.modifiedAfter()).contains(java.time.Instant.parse("2019-12-31T15:00:00Z"));
  }
}
