package dev.ember.plan.usercode;

import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * A session function given as a builder, as Spark's {@code FunctionRegistry} holds one
 * ({@code createOrReplaceTempFunction(name, builder)}): a call resolves its arguments first, then stands for what the
 * builder makes of them. The builder sees the arguments' resolved types (so that it may, say, cast a result back to
 * its input's type) and gives a function of the arguments, whose parameters are bound to them in order. The casts in
 * what it gives are its own, not the user's: a call's column is named without them, as Spark's {@code toPrettySQL}
 * hides casts the user did not write.
 */
@FunctionalInterface
public interface FunctionBuilder {
  /** What a call over arguments of these types stands for. */
  LambdaFunction build(List<DataType> argumentTypes);
}
