package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.RowFunction;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBScalarFunctionBuilder;
import org.duckdb.DuckDBWritableVector;

/**
 * The user functions registered in one DuckDB database as vectorized Java scalar functions ({@link RowFunction}): a
 * statement's functions are registered before it runs, each once (DuckDB cannot drop one; the functions' names are
 * few, see {@code connect.InlineUserFunctions}). DuckDB calls a function on its own threads, each call with an
 * instance no other call uses at the time ({@link UserFunctionInstances}); a failure reaches the statement's error
 * as {@link UserFunctionFailures} parked it.
 */
final class UserFunctionRegistrations {
  private static final Map<DataType, DuckDBColumnType> TYPES = Map.of(AtomicType.BOOLEAN, DuckDBColumnType.BOOLEAN,
      AtomicType.BYTE, DuckDBColumnType.TINYINT, AtomicType.SHORT, DuckDBColumnType.SMALLINT, AtomicType.INTEGER,
      DuckDBColumnType.INTEGER, AtomicType.LONG, DuckDBColumnType.BIGINT, AtomicType.FLOAT, DuckDBColumnType.FLOAT,
      AtomicType.DOUBLE, DuckDBColumnType.DOUBLE, AtomicType.STRING, DuckDBColumnType.VARCHAR);
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final UserFunctionCalls calls = new UserFunctionCalls();

  /** The running statements calling the functions, by the tag each call passes last. */
  UserFunctionCalls calls() {
    return calls;
  }

  /** Registers {@code function} in the database of {@code connection} unless it is already. */
  void ensure(DuckDBConnection connection, RowFunction function) {
    if (registered.contains(function.name())) {
      return;
    }
    synchronized (this) {
      if (registered.contains(function.name())) {
        return;
      }
      DuckDBColumnType[] parameters = function.parameterTypes().stream().map(UserFunctionRegistrations::duckDbType)
          .toArray(DuckDBColumnType[]::new);
      DuckDBColumnType[] withTag = java.util.Arrays.copyOf(parameters, parameters.length + 1);
      withTag[parameters.length] = DuckDBColumnType.VARCHAR;
      // a typed filter and map in one returns its result in a carrier that also holds a dropped row's mark
      DuckDBColumnType result = function.dropsRows() ? DroppingCarriers.columnType(function.returnType())
          : duckDbType(function.returnType());
      UserFunctionInstances instances = new UserFunctionInstances(function);
      try (DuckDBScalarFunctionBuilder builder = DuckDBFunctions.scalarFunction()) {
        builder.withName(function.name()).withParameters(withTag).withReturnType(result)
            .withVectorizedFunction((input, output) -> applyFor(function, instances, parameters, result, input,
                output));
        // (a function that drops rows is read by the filter above its projection: DuckDB would otherwise push the
        // filter down with the call in it and call the function twice per row)
        if (!function.deterministic() || function.dropsRows()) {
          builder.withVolatile();
        }
        // the session's connection is shared by its threads, which hold its monitor while they use it (ArrowTables):
        // registered meanwhile, the function would join another thread's open statement and be seen by other
        // connections only when that ends, while this name is already marked registered
        synchronized (connection) {
          builder.register(connection);
        }
      } catch (SQLException e) {
        throw SparkErrors.internal("Could not register the user-defined function " + function.name() + ": "
            + e.getMessage());
      }
      registered.add(function.name());
    }
  }

  private static DuckDBColumnType duckDbType(DataType type) {
    DuckDBColumnType duckDb = TYPES.get(type);
    if (duckDb == null) {
      throw SparkErrors.internal("A user-defined function of " + type.simpleString() + " values cannot run in SQL.");
    }
    return duckDb;
  }

  /** Applies the function to a chunk as part of the statement its tag names, interruptible as that statement. */
  private void applyFor(RowFunction function, UserFunctionInstances instances,
      DuckDBColumnType[] parameters, DuckDBColumnType result, DuckDBDataChunkReader input,
      DuckDBWritableVector output) {
    UserFunctionCalls.Call call = input.rowCount() == 0 ? null
        : calls.find(input.vector(parameters.length).getString(0));
    if (call == null) {
      apply(function, instances, parameters, result, input, output);
      return;
    }
    if (!call.enter()) {
      throw UserFunctionFailures.park(DuckDbErrors.canceled());
    }
    try {
      apply(function, instances, parameters, result, input, output);
    } finally {
      call.exit();
    }
  }

  private static void apply(RowFunction function, UserFunctionInstances instances,
      DuckDBColumnType[] parameters, DuckDBColumnType result, DuckDBDataChunkReader input,
      DuckDBWritableVector output) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(function.classLoader());
    try {
      RowFunction.Instance instance = instances.acquire();
      applyRows(instance, function.dropsRows(), parameters, result, input, output);
      // (an instance whose call failed is not used again)
      instances.release(instance);
    } catch (RuntimeException e) {
      throw UserFunctionFailures.park(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void applyRows(RowFunction.Instance instance, boolean dropsRows, DuckDBColumnType[] parameters,
      DuckDBColumnType result, DuckDBDataChunkReader input, DuckDBWritableVector output) {
    long rows = input.rowCount();
    DuckDBReadableVector[] vectors = new DuckDBReadableVector[parameters.length];
    FlatVectorInput[] readers = new FlatVectorInput[parameters.length];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = input.vector(i);
      readers[i] = FlatVectorInput.of(vectors[i], parameters[i], rows);
    }
    FlatVectorOutput direct = FlatVectorOutput.of(output, result, rows);
    if (instance instanceof RowFunction.ValuesInstance values) {
      // the row read in place: a bean's long, int and double fields set from the buffers' values, none boxed
      ChunkRow chunkRow = new ChunkRow(vectors, readers, parameters);
      for (int row = 0; row < (int) rows; row++) {
        Object value = values.apply(chunkRow.at(row));
        write(direct, output, result, row, dropsRows ? DroppingCarriers.carried(value) : value);
      }
    } else {
      Object[] arguments = new Object[parameters.length];
      for (int row = 0; row < (int) rows; row++) {
        for (int i = 0; i < vectors.length; i++) {
          arguments[i] = readers[i] != null ? readers[i].get(row)
              : vectors[i].isNull(row) ? null : read(vectors[i], parameters[i], row);
        }
        Object value = instance.apply(arguments);
        write(direct, output, result, row, dropsRows ? DroppingCarriers.carried(value) : value);
      }
    }
    if (direct != null) {
      direct.finish(rows);
    }
  }

  private static void write(FlatVectorOutput direct, DuckDBWritableVector output, DuckDBColumnType type, int row,
      Object value) {
    if (direct != null) {
      direct.set(row, value);
    } else {
      write(output, type, row, value);
    }
  }

  static Object read(DuckDBReadableVector vector, DuckDBColumnType type, long row) {
    return switch (type) {
      case BOOLEAN -> vector.getBoolean(row);
      case TINYINT -> vector.getByte(row);
      case SMALLINT -> vector.getShort(row);
      case INTEGER -> vector.getInt(row);
      case BIGINT -> vector.getLong(row);
      case FLOAT -> vector.getFloat(row);
      case DOUBLE -> vector.getDouble(row);
      default -> vector.getString(row);
    };
  }

  private static void write(DuckDBWritableVector output, DuckDBColumnType type, long row, Object value) {
    if (value == null) {
      output.setNull(row);
      return;
    }
    switch (type) {
      case BOOLEAN -> output.setBoolean(row, (Boolean) value);
      case TINYINT -> output.setByte(row, (Byte) value);
      case SMALLINT -> output.setShort(row, (Short) value);
      case INTEGER -> output.setInt(row, (Integer) value);
      case BIGINT -> output.setLong(row, value == DroppingCarriers.DROPPED ? DroppingCarriers.BIGINT_DROPPED
          : (Long) value);
      case HUGEINT -> output.setHugeInt(row, value == DroppingCarriers.DROPPED ? java.math.BigInteger.ONE.shiftLeft(64)
          : java.math.BigInteger.valueOf((Long) value));
      case FLOAT -> output.setFloat(row, (Float) value);
      case DOUBLE -> output.setDouble(row, (Double) value);
      default -> output.setString(row, (String) value);
    }
  }
}
