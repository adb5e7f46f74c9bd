package dev.ember.connect;

import static dev.ember.connect.ServiceCalls.single;
import static dev.ember.connect.ServiceCalls.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ConfigResponse;
import org.apache.spark.connect.proto.KeyValue;
import org.apache.spark.connect.proto.UserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ConfigRequest.Set}: a refused pair fails the call, unless the set is {@code silent} (PySpark's
 * {@code SparkSession.builder.config(...).getOrCreate()} sends its options so, e.g. Spark's example {@code hive.py}'s
 * static {@code spark.sql.warehouse.dir}): then, as Spark's {@code SparkConnectConfigHandler.handleSet}, the pair
 * becomes a warning and the others are set.
 */
class ConfigSetTest {
  private static final UserContext ALICE = user("alice");
  private static EmberEngine engine;
  private static EmberConnectService service;

  @BeforeAll
  static void start() {
    engine = EmberEngine.start(Map.of());
    service = new EmberConnectService(engine);
  }

  @AfterAll
  static void stop() {
    service.close();
    engine.close();
  }

  @Test
  void aSilentSetWarnsOfAStaticConfAndSetsTheOthers() {
    String id = UUID.randomUUID().toString();
    ConfigResponse response = set(id, true, "spark.sql.warehouse.dir", "/elsewhere",
        "spark.sql.session.timeZone", "Asia/Tokyo");
    assertThat(response.getWarningsList()).containsExactly("Failed to set spark.sql.warehouse.dir to "
        + "Some(/elsewhere) due to [CANNOT_MODIFY_STATIC_CONFIG] Cannot modify the value of the static Spark config: "
        + "\"spark.sql.warehouse.dir\". SQLSTATE: 46110");
    assertThat(get(id, "spark.sql.session.timeZone")).isEqualTo("Asia/Tokyo");
    assertThat(get(id, "spark.sql.warehouse.dir")).isNotEqualTo("/elsewhere");
  }

  @Test
  void aSetThatIsNotSilentFailsOnAStaticConf() {
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(() -> set(id, false, "spark.sql.warehouse.dir", "/elsewhere"))
        .isInstanceOfSatisfying(ServiceCalls.CallFailed.class,
            failed -> assertThat(failed.errorClass).isEqualTo("CANNOT_MODIFY_STATIC_CONFIG"));
  }

  private static ConfigResponse set(String id, boolean silent, String... keysAndValues) {
    ConfigRequest.Set.Builder set = ConfigRequest.Set.newBuilder();
    if (silent) {
      set.setSilent(true);
    }
    for (int i = 0; i < keysAndValues.length; i += 2) {
      set.addPairs(KeyValue.newBuilder().setKey(keysAndValues[i]).setValue(keysAndValues[i + 1]));
    }
    return single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
        .setOperation(ConfigRequest.Operation.newBuilder().setSet(set)).build());
  }

  private static String get(String id, String key) {
    return single(service::config, ConfigRequest.newBuilder().setSessionId(id).setUserContext(ALICE)
        .setOperation(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder().addKeys(key)))
        .build()).getPairs(0).getValue();
  }
}
