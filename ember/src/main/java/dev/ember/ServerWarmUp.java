package dev.ember;

import java.util.UUID;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.Expression;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Project;
import org.apache.spark.connect.proto.Range;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.ReleaseSessionRequest;
import org.apache.spark.connect.proto.ShowString;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.connect.proto.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkproject.io.grpc.ManagedChannel;
import org.sparkproject.io.grpc.StatusRuntimeException;

/**
 * A tiny query (shown, then collected) sent through the in-process server in a session of its own
 * while the caller's client is still initializing: the server's classes (plan translation, Spark's SQL parser,
 * analysis, SQL generation, Arrow encoding) load and DuckDB runs its first query off the caller's thread, so
 * the caller's first query finds them ready.
 */
final class ServerWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ServerWarmUp.class);

  private ServerWarmUp() {
  }

  static void run(ManagedChannel channel) {
    String sessionId = UUID.randomUUID().toString();
    UserContext user = UserContext.newBuilder().setUserId("ember-warm-up").build();
    var stub = SparkConnectServiceGrpc.newBlockingStub(channel);
    Relation rows = Relation.newBuilder().setProject(Project.newBuilder()
        .setInput(Relation.newBuilder().setRange(Range.newBuilder().setStart(0).setEnd(3).setStep(1)))
        .addExpressions(column("id"))
        .addExpressions(Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
            .setFunctionName("*").addArguments(column("id")).addArguments(Expression.newBuilder()
                .setLiteral(Expression.Literal.newBuilder().setInteger(2)))))
        // an expression string: Spark's SQL parser (ANTLR) warms up too, ~0.7 s on its first use
        .addExpressions(Expression.newBuilder().setExpressionString(Expression.ExpressionString.newBuilder()
            .setExpression("CASE WHEN id > 1 THEN concat('a', id) ELSE 'b' END AS warm"))))
        .build();
    Relation shown = Relation.newBuilder().setShowString(ShowString.newBuilder()
        .setInput(rows).setNumRows(20).setTruncate(20)).build();
    try {
      for (Relation relation : new Relation[] {shown, rows}) {
        stub.executePlan(ExecutePlanRequest.newBuilder().setSessionId(sessionId).setUserContext(user)
            .setOperationId(UUID.randomUUID().toString())
            .setPlan(Plan.newBuilder().setRoot(relation)).build()).forEachRemaining(response -> { });
      }
      stub.releaseSession(ReleaseSessionRequest.newBuilder().setSessionId(sessionId).setUserContext(user).build());
    } catch (StatusRuntimeException e) {
      // only slower: the caller's first query loads what the warm-up did not
      LOG.debug("Ember's warm-up query did not complete", e);
    }
  }

  private static Expression column(String name) {
    return Expression.newBuilder().setUnresolvedAttribute(
        Expression.UnresolvedAttribute.newBuilder().setUnparsedIdentifier(name)).build();
  }
}
