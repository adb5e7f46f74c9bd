package dev.ember.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The functions spark.catalog describes: a function registered from user code is one of the session's. */
class FunctionListingsTest {
  private static EmberEngine engine;
  private static EngineSession session;

  /** A registered function that is never called. */
  private record Registered(String name) implements ScalarUserFunction {
    @Override
    public DataType returnType() {
      return AtomicType.INTEGER;
    }

    @Override
    public boolean nullable() {
      return true;
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public List<DataType> inputTypes() {
      return List.of();
    }

    @Override
    public boolean takesWholeRow() {
      return false;
    }

    @Override
    public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeAll
  static void start() {
    engine = EmberEngine.start();
    session = engine.session("function-listings-test");
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void aFunctionRegisteredFromUserCodeExistsAndIsTemporaryWithoutAClassName() {
    assertThat(FunctionListings.find(session, List.of("twice"))).isEmpty();
    session.sqlFunctions().register("twice", new Registered("twice"));
    assertThat(FunctionListings.find(session, List.of("TWICE"))).contains(new FunctionListings.FunctionEntry(
        "TWICE", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true));
    assertThat(FunctionListings.find(session, List.of("upper"))).isPresent();
  }
}
