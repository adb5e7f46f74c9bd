package dev.ember.connect;

import dev.ember.engine.DroppingCarriers;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.RowValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two typed operations, each a {@link ScalaRowFunction} or a fusion of them, in one function DuckDB calls once per row
 * ({@link RowFunction.Fusion}): a filter and the filter or map after it over the same input get the row's bean built
 * once and handed to both, as Spark's optimizer has them share the deserialized object (CombineTypedFilters,
 * EliminateSerialization); a map or a filter of a map's result gets the first's value without a trip through a
 * DuckDB vector.
 * Each function fails as it fails alone.
 */
final class FusedRowFunction implements FusableRowFunction {
  private final String name;
  private final Fusion fusion;
  private final FusableRowFunction first;
  private final FusableRowFunction second;

  private FusedRowFunction(String name, Fusion fusion, FusableRowFunction first, FusableRowFunction second) {
    this.name = name;
    this.fusion = fusion;
    this.first = first;
    this.second = second;
  }

  /** {@code first} then {@code next} as one function, when {@code fusion} applies to them. */
  static Optional<RowFunction> of(Fusion fusion, FusableRowFunction first, RowFunction next) {
    if (!(next instanceof FusableRowFunction second) || first.classLoader() != second.classLoader()
        || !fits(fusion, first, second)) {
      return Optional.empty();
    }
    return InlineUserFunctions.named(List.of(FusedRowFunction.class, fusion, first.name(), second.name()),
        name -> new FusedRowFunction(name, fusion, first, second));
  }

  private static boolean fits(Fusion fusion, FusableRowFunction first, FusableRowFunction second) {
    return switch (fusion) {
      case FILTER_THEN_FILTER -> sameInput(first, second) && second.returnType().equals(AtomicType.BOOLEAN);
      case FILTER_THEN_MAP -> sameInput(first, second)
          && DroppingCarriers.carrierType(second.returnType()).isPresent();
      case MAP_THEN_MAP -> second.parameterTypes().equals(List.of(first.returnType()));
      case MAP_THEN_FILTER -> second.parameterTypes().equals(List.of(first.returnType()))
          && second.returnType().equals(AtomicType.BOOLEAN)
          && DroppingCarriers.carrierType(first.returnType()).isPresent();
    };
  }

  /** A filter, then an operation reading the same arguments as the same bean (or the same flat values). */
  private static boolean sameInput(FusableRowFunction filter, FusableRowFunction next) {
    return filter.returnType().equals(AtomicType.BOOLEAN) && filter.arguments().equals(next.arguments())
        && Objects.equals(filter.beanClass(), next.beanClass());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<DataType> parameterTypes() {
    return first.parameterTypes();
  }

  @Override
  public DataType returnType() {
    return fusion == Fusion.MAP_THEN_FILTER ? first.returnType() : second.returnType();
  }

  @Override
  public boolean deterministic() {
    return first.deterministic() && second.deterministic();
  }

  @Override
  public ClassLoader classLoader() {
    return first.classLoader();
  }

  @Override
  public boolean dropsRows() {
    return fusion == Fusion.FILTER_THEN_MAP || fusion == Fusion.MAP_THEN_FILTER;
  }

  @Override
  public dev.ember.plan.types.StructType arguments() {
    return first.arguments();
  }

  @Override
  public Class<?> beanClass() {
    return first.beanClass();
  }

  @Override
  public Stage newStage() {
    Stage one = first.newStage();
    Stage two = second.newStage();
    return switch (fusion) {
      case FILTER_THEN_FILTER -> new Stage() {
        @Override
        public Object[] argumentsOf(Object[] values) {
          return one.argumentsOf(values);
        }

        @Override
        public Object[] argumentsOf(RowValues row) {
          return one.argumentsOf(row);
        }

        @Override
        public Object apply(Object[] row) {
          Object kept = one.apply(row);
          return Boolean.TRUE.equals(kept) ? two.apply(row) : kept;
        }
      };
      case FILTER_THEN_MAP -> new Stage() {
        @Override
        public Object[] argumentsOf(Object[] values) {
          return one.argumentsOf(values);
        }

        @Override
        public Object[] argumentsOf(RowValues row) {
          return one.argumentsOf(row);
        }

        @Override
        public Object apply(Object[] row) {
          return Boolean.TRUE.equals(one.apply(row)) ? two.apply(row) : DROPPED;
        }
      };
      case MAP_THEN_MAP -> new Stage() {
        @Override
        public Object[] argumentsOf(Object[] values) {
          return one.argumentsOf(values);
        }

        @Override
        public Object[] argumentsOf(RowValues row) {
          return one.argumentsOf(row);
        }

        @Override
        public Object apply(Object[] row) {
          return two.apply(two.argumentsOf(new Object[] {one.apply(row)}));
        }
      };
      case MAP_THEN_FILTER -> new Stage() {
        @Override
        public Object[] argumentsOf(Object[] values) {
          return one.argumentsOf(values);
        }

        @Override
        public Object[] argumentsOf(RowValues row) {
          return one.argumentsOf(row);
        }

        @Override
        public Object apply(Object[] row) {
          Object value = one.apply(row);
          return Boolean.TRUE.equals(two.apply(two.argumentsOf(new Object[] {value}))) ? value : DROPPED;
        }
      };
    };
  }
}
