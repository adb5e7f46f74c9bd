package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code value IN (c1, ..., cn)} with a long list of non-NULL constants of one type that is already the common
 * type (the client's {@code isin} of a million longs): bound in one pass to the same {@code in} call the general
 * path builds (the value cast to the list's type, the constants as they are), without resolving, naming and
 * casting every constant as an expression of its own. Any other list takes the general path.
 */
final class ConstantInLists {
  /** From this many constants the one-pass binding is used (below it the general path costs nothing). */
  static final int THRESHOLD = 64;

  private ConstantInLists() {
  }

  /** Whether {@code function}'s list is long and all constants of one atomic type (the value not yet looked at). */
  static boolean applies(UnresolvedFunction function) {
    return function.arguments().size() > THRESHOLD && !function.distinct() && listType(function.arguments()) != null;
  }

  /** The call over {@code value} (the first argument, resolved), if the list's type is the common type. */
  static Optional<BoundColumn> bind(BoundColumn value, UnresolvedFunction function, ZoneId timeZone) {
    List<Expression> arguments = function.arguments();
    DataType type = listType(arguments);
    Optional<DataType> common = TypeCoercion.widerType(value.expression().dataType(), type, true);
    if (common.isEmpty() || !common.get().equals(type)
        || value.expression() instanceof dev.ember.plan.resolved.Generator) {
      return Optional.empty();
    }
    List<BoundExpression> bound = new ArrayList<>(arguments.size());
    BoundExpression cast = TypeCoercion.castTo(value.expression(), type);
    bound.add(cast);
    StringBuilder name = new StringBuilder(arguments.size() * 8).append('(').append(value.name()).append(" IN (");
    for (int i = 1; i < arguments.size(); i++) {
      Literal constant = (Literal) arguments.get(i);
      bound.add(constant);
      name.append(i == 1 ? "" : ", ").append(LiteralNames.pretty(constant, timeZone));
    }
    name.append("))");
    return Optional.of(new BoundColumn(new Call("in", bound, AtomicType.BOOLEAN, cast.nullable()),
        name.toString()));
  }

  /** The one atomic type of every constant after the first argument; null if some is no such constant. */
  private static DataType listType(List<Expression> arguments) {
    DataType type = null;
    for (int i = 1; i < arguments.size(); i++) {
      if (!(arguments.get(i) instanceof Literal constant) || constant.value() == null
          || !(constant.dataType() instanceof AtomicType) || (type != null && !type.equals(constant.dataType()))) {
        return null;
      }
      type = constant.dataType();
    }
    return type;
  }
}
