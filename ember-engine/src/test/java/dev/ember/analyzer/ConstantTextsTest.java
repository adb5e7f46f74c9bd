package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Foldable texts Spark evaluates at analysis (to_binary's format in string-functions.sql). */
class ConstantTextsTest {
  private static Call text(String function, BoundExpression... arguments) {
    return new Call(function, List.of(arguments), AtomicType.STRING, false);
  }

  @Test
  void evaluatesConstantStringCalls() {
    assertThat(ConstantTexts.value(text("concat", Literal.of("utf"), Literal.of("-8")))).contains("utf-8");
    assertThat(ConstantTexts.value(text("substring", Literal.of("base64whynot"), Literal.of(0), Literal.of(6))))
        .contains("base64");
    assertThat(ConstantTexts.value(text("substring", Literal.of("hello"), Literal.of(-3), Literal.of(2))))
        .contains("ll");
    assertThat(ConstantTexts.value(text("replace", Literal.of("HEX0"), Literal.of("0")))).contains("HEX");
    assertThat(ConstantTexts.value(text("upper", text("lower", Literal.of("Hex"))))).contains("HEX");
  }

  @Test
  void anythingElseIsNotConstant() {
    assertThat(ConstantTexts.value(Literal.of(1))).isEmpty();
    assertThat(ConstantTexts.value(Literal.nullOf(AtomicType.STRING))).isEmpty();
    assertThat(ConstantTexts.value(text("concat", Literal.of("a"), text("uuid")))).isEmpty();
    assertThat(ConstantTexts.value(text("reverse", Literal.of("ab")))).isEmpty();
  }
}
