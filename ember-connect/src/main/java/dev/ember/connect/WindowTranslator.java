package dev.ember.connect;

import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.expressions.WindowFrame;
import dev.ember.plan.expressions.WindowFrame.Boundary;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import java.util.List;
import java.util.Optional;

/** {@code window { window_function partition_spec* order_spec* frame_spec? }} to a {@link WindowExpression}. */
final class WindowTranslator {
  private WindowTranslator() {
  }

  static WindowExpression translate(org.apache.spark.connect.proto.Expression.Window window) {
    List<SortOrder> orders = window.getOrderSpecList().stream().map(ExpressionTranslator::sortOrder).toList();
    Optional<WindowFrame> frame = window.hasFrameSpec() ? Optional.of(frame(window.getFrameSpec())) : Optional.empty();
    return new WindowExpression(ExpressionTranslator.translate(window.getWindowFunction()),
        ExpressionTranslator.translateAll(window.getPartitionSpecList()), orders, frame);
  }

  private static WindowFrame frame(org.apache.spark.connect.proto.Expression.Window.WindowFrame frame) {
    FrameType type = switch (frame.getFrameType()) {
      case FRAME_TYPE_ROW -> FrameType.ROWS;
      case FRAME_TYPE_RANGE -> FrameType.RANGE;
      default -> throw ExpressionTranslator.notSupported("window frame type " + frame.getFrameType());
    };
    return new WindowFrame(type, boundary(frame.getLower()), boundary(frame.getUpper()));
  }

  private static Boundary boundary(
      org.apache.spark.connect.proto.Expression.Window.WindowFrame.FrameBoundary boundary) {
    return switch (boundary.getBoundaryCase()) {
      case CURRENT_ROW -> Boundary.currentRow();
      case UNBOUNDED -> Boundary.unbounded();
      case VALUE -> Boundary.offset(ExpressionTranslator.translate(boundary.getValue()));
      default -> throw ExpressionTranslator.notSupported("window frame boundary " + boundary.getBoundaryCase());
    };
  }
}
