package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.RowFunction;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/** User functions DuckDB calls in SQL: results and NULLs over many chunks, parked failures thrown as they were. */
class UserFunctionRegistrationsTest {
  /** {@code x -> x % 3 == 0 ? null : x * 2 (as the type)}; fails for -1. */
  private record Doubling(String name, DataType returnType) implements RowFunction {
    @Override
    public List<DataType> parameterTypes() {
      return List.of(AtomicType.LONG);
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public ClassLoader classLoader() {
      return getClass().getClassLoader();
    }

    @Override
    public Instance newInstance() {
      return arguments -> {
        if (arguments[0] == null) {
          return null;
        }
        long x = (Long) arguments[0];
        if (x == -1) {
          throw SparkErrors.internal("minus one");
        }
        if (x % 3 == 0) {
          return null;
        }
        return returnType == AtomicType.LONG ? (Object) (x * 2) : returnType == AtomicType.INTEGER
            ? (Object) (int) (x * 2) : returnType == AtomicType.DOUBLE ? (Object) (x * 2.0) : (Object) (x % 2 == 0);
      };
    }
  }

  @Test
  void resultsAndNullsOverManyChunks() throws SQLException {
    UserFunctionRegistrations registrations = new UserFunctionRegistrations();
    try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (DataType type : List.of(AtomicType.LONG, AtomicType.INTEGER, AtomicType.DOUBLE, AtomicType.BOOLEAN)) {
        String name = "test_doubling_" + type.simpleString();
        registrations.ensure(connection, new Doubling(name, type));
        registrations.ensure(connection, new Doubling(name, type));
        // 5,001 rows: chunks of 2,048 and a last validity word of 9 rows
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE " + name + "(range, '') IS NULL),"
            + " count(*) FILTER (WHERE CAST(" + name + "(range, '') AS DOUBLE) = CASE WHEN '" + type.simpleString()
            + "' = 'boolean' THEN CAST(range % 2 = 0 AS DOUBLE) ELSE range * 2 END) FROM range(5001)")) {
          rows.next();
          assertThat(rows.getLong(1)).as(type.simpleString()).isEqualTo(1667);
          assertThat(rows.getLong(2)).as(type.simpleString()).isEqualTo(5001 - 1667);
        }
      }
      // NULL arguments (every fifth row) as well
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE test_doubling_bigint(x, '') IS NULL),"
          + " sum(test_doubling_bigint(x, '')) FROM (SELECT CASE WHEN range % 5 = 0 THEN NULL ELSE range END AS x"
          + " FROM range(5001))")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1667 + 1001 - 334);
        long expected = 0;
        for (long x = 0; x <= 5000; x++) {
          expected += x % 3 == 0 || x % 5 == 0 ? 0 : 2 * x;
        }
        assertThat(rows.getLong(2)).isEqualTo(expected);
      }
      assertThatThrownBy(() -> statement.executeQuery("SELECT test_doubling_bigint(-1, '')").close())
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThatThrownBy(() -> UserFunctionFailures.rethrow(e.getMessage()))
              .isInstanceOf(EmberException.class).hasMessageContaining("minus one"));
    }
  }

  /** A function counting its instances; each call checks that no other call uses its instance at the same time. */
  private record Counted(java.util.concurrent.atomic.AtomicInteger instances) implements RowFunction {
    @Override
    public String name() {
      return "test_counted";
    }

    @Override
    public List<DataType> parameterTypes() {
      return List.of(AtomicType.LONG);
    }

    @Override
    public DataType returnType() {
      return AtomicType.LONG;
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public ClassLoader classLoader() {
      return getClass().getClassLoader();
    }

    @Override
    public Instance newInstance() {
      instances.incrementAndGet();
      java.util.concurrent.atomic.AtomicReference<Thread> user = new java.util.concurrent.atomic.AtomicReference<>();
      return arguments -> {
        Thread previous = user.getAndSet(Thread.currentThread());
        if (previous != null && previous != Thread.currentThread()) {
          throw SparkErrors.internal("an instance used by two calls at once");
        }
        long value = (Long) arguments[0] + 1;
        user.compareAndSet(Thread.currentThread(), null);
        return value;
      };
    }
  }

  /**
   * DuckDB's threads reach the JVM as new threads on every call (the driver attaches and detaches them), so an
   * instance per thread would read the function anew for each chunk: the calls share as many instances as run at
   * once, never one chunk's worth.
   */
  @Test
  void callsShareInstancesAcrossChunks() throws SQLException {
    UserFunctionRegistrations registrations = new UserFunctionRegistrations();
    java.util.concurrent.atomic.AtomicInteger instances = new java.util.concurrent.atomic.AtomicInteger();
    try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads = 2");
      registrations.ensure(connection, new Counted(instances));
      // 1,000,000 rows: 489 chunks, over both threads
      try (ResultSet rows = statement.executeQuery("SELECT sum(test_counted(range, '')) FROM range(1000000)")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1000000L * 999999 / 2 + 1000000);
      }
      assertThat(instances.get()).isBetween(1, 2);
    }
  }

  /**
   * {@code a + b + (long) c + length(d)} of a BIGINT, an INTEGER, a DOUBLE and a VARCHAR, NULL when {@code a} is; an
   * instance reading the row in place ({@link RowFunction.ValuesInstance}) that counts the rows it read so.
   */
  private record InPlace(java.util.concurrent.atomic.AtomicLong inPlace) implements RowFunction {
    @Override
    public String name() {
      return "test_in_place";
    }

    @Override
    public List<DataType> parameterTypes() {
      return List.of(AtomicType.LONG, AtomicType.INTEGER, AtomicType.DOUBLE, AtomicType.STRING);
    }

    @Override
    public DataType returnType() {
      return AtomicType.LONG;
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public ClassLoader classLoader() {
      return getClass().getClassLoader();
    }

    @Override
    public Instance newInstance() {
      return new ValuesInstance() {
        @Override
        public Object apply(Object[] arguments) {
          return arguments[0] == null ? null : (Long) arguments[0] + (Integer) arguments[1]
              + (long) (double) (Double) arguments[2] + (arguments[3] == null ? 0 : ((String) arguments[3]).length());
        }

        @Override
        public Object apply(dev.ember.plan.usercode.RowValues row) {
          inPlace.incrementAndGet();
          if (row.isNull(0)) {
            assertThat(row.get(0)).isNull();
            return null;
          }
          assertThat(row.get(0)).isEqualTo(row.getLong(0));
          assertThat(row.get(1)).isEqualTo(row.getInt(1));
          assertThat(row.get(2)).isEqualTo(row.getDouble(2));
          return row.getLong(0) + row.getInt(1) + (long) row.getDouble(2)
              + (row.isNull(3) ? 0 : ((String) row.get(3)).length());
        }
      };
    }
  }

  /** An instance that reads rows in place gets each column's value as its type, NULLs as NULL, over many chunks. */
  @Test
  void rowsReadInPlace() throws SQLException {
    UserFunctionRegistrations registrations = new UserFunctionRegistrations();
    java.util.concurrent.atomic.AtomicLong inPlace = new java.util.concurrent.atomic.AtomicLong();
    try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      registrations.ensure(connection, new InPlace(inPlace));
      // 5,001 rows, a NULL a every seventh row and a NULL d every fifth
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE r IS NULL), sum(r),"
          + " count(*) FILTER (WHERE r IS DISTINCT FROM e) FROM (SELECT test_in_place(a, b, c, d, '') AS r,"
          + " a + b + CAST(trunc(c) AS BIGINT) + coalesce(length(d), 0) AS e FROM (SELECT CASE WHEN range % 7 = 0"
          + " THEN NULL ELSE range END AS a, CAST(range % 1000 AS INTEGER) AS b, CAST(range AS DOUBLE) / 4 AS c,"
          + " CASE WHEN range % 5 = 0 THEN NULL ELSE 'x' || range END AS d FROM range(5001)))")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(715);
        assertThat(rows.getLong(3)).isZero();
        long expected = 0;
        for (long x = 0; x <= 5000; x++) {
          expected += x % 7 == 0 ? 0 : x + x % 1000 + (long) (x / 4.0) + (x % 5 == 0 ? 0 : ("x" + x).length());
        }
        assertThat(rows.getLong(2)).isEqualTo(expected);
      }
      assertThat(inPlace.get()).isEqualTo(5001);
    }
  }
}
