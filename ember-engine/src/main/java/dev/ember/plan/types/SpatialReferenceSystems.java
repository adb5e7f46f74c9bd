package dev.ember.plan.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The spatial reference systems Spark 4.2 knows, read from Spark's own registry ({@code srs_registry.csv}, which the
 * Spark client library on Ember's classpath carries, generated from PROJ), plus Spark's own {@code SRID:0}. A GEOMETRY
 * takes any of them, a GEOGRAPHY only the geographic ones (Spark's {@code GeometryType.isSridSupported} and
 * {@code GeographyType.isSridSupported}).
 */
public final class SpatialReferenceSystems {
  private static final String REGISTRY = "/org/apache/spark/sql/srs_registry.csv";
  /** Whether each known SRID is geographic. */
  private static final Map<Integer, Boolean> GEOGRAPHIC = load();

  private SpatialReferenceSystems() {
  }

  public static boolean supported(boolean geography, int srid) {
    Boolean geographic = GEOGRAPHIC.get(srid);
    return geographic != null && (!geography || geographic);
  }

  private static Map<Integer, Boolean> load() {
    Map<Integer, Boolean> systems = new HashMap<>();
    try (InputStream stream = SpatialReferenceSystems.class.getResourceAsStream(REGISTRY)) {
      if (stream == null) {
        throw new IllegalStateException("Spark's registry of spatial reference systems " + REGISTRY
            + " is not on the classpath (it comes with the Spark client library)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("srid,")) {
          continue;
        }
        String[] fields = line.split(",", 3);
        systems.put(Integer.parseInt(fields[0].trim()), Boolean.parseBoolean(fields[2].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    systems.put(0, false);
    return Map.copyOf(systems);
  }
}
