package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.SessionConf;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ConfigResponse;
import org.apache.spark.connect.proto.KeyValue;

/** {@code spark.conf()}: get/set/unset against the session's configuration. */
final class ConfigHandler {
  private ConfigHandler() {
  }

  /** Whether {@code operation} may change a conf (anything but reading them). */
  static boolean changes(ConfigRequest.Operation operation) {
    return switch (operation.getOpTypeCase()) {
      case GET, GET_WITH_DEFAULT, GET_OPTION, GET_ALL, IS_MODIFIABLE -> false;
      default -> true;
    };
  }

  static ConfigResponse.Builder handle(ConfigRequest request, EngineSession session) {
    SessionConf conf = session.conf();
    ConfigResponse.Builder response = ConfigResponse.newBuilder();
    ConfigRequest.Operation operation = request.getOperation();
    switch (operation.getOpTypeCase()) {
      case SET:
        // as Spark's handleSet: a `silent` set (PySpark's SparkSession.builder.config(...).getOrCreate() sends its
        // options so) turns a refused pair into a warning instead of failing the call
        boolean silent = operation.getSet().hasSilent() && operation.getSet().getSilent();
        for (KeyValue pair : operation.getSet().getPairsList()) {
          try {
            SessionConf.requireModifiable(pair.getKey());
            session.setConf(pair.getKey(), pair.getValue());
          } catch (RuntimeException e) {
            if (!silent) {
              throw e;
            }
            response.addWarnings("Failed to set " + pair.getKey() + " to "
                + (pair.hasValue() ? "Some(" + pair.getValue() + ")" : "None") + " due to " + e.getMessage());
          }
        }
        break;
      case GET:
        // as Spark's server: a key without a value (unknown, or a conf without a default) comes back without
        // one, and the client raises NoSuchElementException
        for (String key : operation.getGet().getKeysList()) {
          KeyValue.Builder answer = KeyValue.newBuilder().setKey(key);
          conf.get(key).ifPresent(answer::setValue);
          response.addPairs(answer);
        }
        break;
      case GET_WITH_DEFAULT:
        for (KeyValue pair : operation.getGetWithDefault().getPairsList()) {
          KeyValue.Builder answer = KeyValue.newBuilder().setKey(pair.getKey());
          // as Spark's getConfString(key, default): a value set, else the caller's default (not the built-in one)
          conf.explicit(pair.getKey()).or(() -> pair.hasValue() ? java.util.Optional.of(pair.getValue())
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
          response.addPairs(KeyValue.newBuilder().setKey(key).setValue(Boolean.toString(SessionConf.isModifiable(key))));
        }
        break;
      default:
        throw ExpressionTranslator.notSupported("config operation " + operation.getOpTypeCase());
    }
    return response;
  }
}
