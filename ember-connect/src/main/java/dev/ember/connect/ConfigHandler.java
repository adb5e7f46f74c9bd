package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.SessionConf;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ConfigResponse;
import org.apache.spark.connect.proto.KeyValue;

/** {@code spark.conf()}: get/set/unset against the session's configuration. */
final class ConfigHandler {
  private ConfigHandler() {
  }

  static ConfigResponse.Builder handle(ConfigRequest request, EngineSession session) {
    SessionConf conf = session.conf();
    ConfigResponse.Builder response = ConfigResponse.newBuilder();
    ConfigRequest.Operation operation = request.getOperation();
    switch (operation.getOpTypeCase()) {
      case SET:
        for (KeyValue pair : operation.getSet().getPairsList()) {
          validate(pair.getKey(), pair.getValue());
          session.setConf(pair.getKey(), pair.getValue());
        }
        break;
      case GET:
        for (String key : operation.getGet().getKeysList()) {
          String value = conf.get(key).orElseThrow(() -> new EmberException(ErrorKind.SPARK_NO_SUCH_ELEMENT,
              "SQL_CONF_NOT_FOUND", "42K0I", "The SQL config \"" + key + "\" cannot be found.",
              Map.of("sqlConf", "\"" + key + "\"")));
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue(value));
        }
        break;
      case GET_WITH_DEFAULT:
        for (KeyValue pair : operation.getGetWithDefault().getPairsList()) {
          KeyValue.Builder answer = KeyValue.newBuilder().setKey(pair.getKey());
          conf.get(pair.getKey()).or(() -> pair.hasValue() ? java.util.Optional.of(pair.getValue())
              : java.util.Optional.empty()).ifPresent(answer::setValue);
          response.addPairs(answer);
        }
        break;
      case GET_OPTION:
        for (String key : operation.getGetOption().getKeysList()) {
          KeyValue.Builder answer = KeyValue.newBuilder().setKey(key);
          conf.get(key).ifPresent(answer::setValue);
          response.addPairs(answer);
        }
        break;
      case GET_ALL:
        String prefix = operation.getGetAll().hasPrefix() ? operation.getGetAll().getPrefix() : "";
        conf.all().forEach((key, value) -> {
          if (key.startsWith(prefix)) {
            response.addPairs(KeyValue.newBuilder().setKey(key).setValue(value));
          }
        });
        break;
      case UNSET:
        operation.getUnset().getKeysList().forEach(session::unsetConf);
        break;
      case IS_MODIFIABLE:
        for (String key : operation.getIsModifiable().getKeysList()) {
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue("true"));
        }
        break;
      default:
        throw ExpressionTranslator.notSupported("config operation " + operation.getOpTypeCase());
    }
    return response;
  }

  /** Spark checks some values when they are set, not when they are used. */
  private static void validate(String key, String value) {
    if (key.equals(SessionConf.TIME_ZONE)) {
      try {
        ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_CONF_VALUE.TIME_ZONE", "22022",
            "The value '" + value + "' in the config \"" + key + "\" is invalid. Cannot resolve the given timezone.",
            Map.of("confValue", value, "confName", key));
      }
    }
  }
}
