package dev.ember.connect;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.connect.proto.Relation;
import org.sparkproject.com.google.protobuf.ByteString;
import org.sparkproject.com.google.protobuf.Descriptors.FieldDescriptor;
import org.sparkproject.com.google.protobuf.Message;

/**
 * The key a query's plan is kept by ({@link KeptPlans}): the relation as the client sent it, with every plan id
 * numbered in order of appearance. The client gives each DataFrame a new plan id, even {@code spark.sql} of the same
 * text; two relations that differ only so (their references by plan id included) mean the same query. Only queries
 * of relations whose meaning is fixed by their fields get one: not {@code spark.catalog}'s calls, statistics computed
 * while planning ({@code describe}, {@code crosstab}, {@code corr}...), user code, streaming, and no relation larger
 * than 256 KB (local data).
 */
final class PlanKeys {
  private static final int LARGEST = 256 * 1024;
  private static final Set<Relation.RelTypeCase> KEPT = EnumSet.of(Relation.RelTypeCase.RANGE,
      Relation.RelTypeCase.LOCAL_RELATION, Relation.RelTypeCase.CHUNKED_CACHED_LOCAL_RELATION,
      Relation.RelTypeCase.CACHED_LOCAL_RELATION, Relation.RelTypeCase.CACHED_REMOTE_RELATION, Relation.RelTypeCase.SQL,
      Relation.RelTypeCase.WITH_RELATIONS, Relation.RelTypeCase.READ, Relation.RelTypeCase.PROJECT,
      Relation.RelTypeCase.FILTER, Relation.RelTypeCase.SORT, Relation.RelTypeCase.LIMIT, Relation.RelTypeCase.OFFSET,
      Relation.RelTypeCase.TAIL, Relation.RelTypeCase.AGGREGATE, Relation.RelTypeCase.WITH_COLUMNS,
      Relation.RelTypeCase.WITH_COLUMNS_RENAMED, Relation.RelTypeCase.DROP, Relation.RelTypeCase.TO_DF,
      Relation.RelTypeCase.TO_SCHEMA, Relation.RelTypeCase.FILL_NA, Relation.RelTypeCase.DROP_NA,
      Relation.RelTypeCase.REPLACE, Relation.RelTypeCase.UNPIVOT, Relation.RelTypeCase.SUBQUERY_ALIAS,
      Relation.RelTypeCase.JOIN, Relation.RelTypeCase.LATERAL_JOIN, Relation.RelTypeCase.SET_OP,
      Relation.RelTypeCase.DEDUPLICATE, Relation.RelTypeCase.HINT, Relation.RelTypeCase.REPARTITION,
      Relation.RelTypeCase.REPARTITION_BY_EXPRESSION, Relation.RelTypeCase.SHOW_STRING);

  private PlanKeys() {
  }

  /** The key of {@code relation}'s query, when its plan may be kept. */
  static Optional<ByteString> of(Relation relation) {
    if (relation.hasSql() && relation.getSql().getPosArgumentsCount() == 0
        && relation.getSql().getNamedArgumentsCount() == 0) {
      // spark.sql's relation: its text, literal arguments and origin; no plan id but its own (walked: ~0.3 ms)
      Relation key = relation.toBuilder().setCommon(relation.getCommon().toBuilder().clearPlanId()).build();
      return key.getSerializedSize() > LARGEST ? Optional.empty() : Optional.of(key.toByteString());
    }
    Message numbered = numbered(relation, new HashMap<>());
    if (numbered == null || numbered.getSerializedSize() > LARGEST) {
      return Optional.empty();
    }
    return Optional.of(numbered.toByteString());
  }

  /** {@code message} with its plan ids numbered by {@code numbers} (extended as new ones come); null when not kept. */
  private static Message numbered(Message message, Map<Long, Long> numbers) {
    if (message instanceof Relation relation && !KEPT.contains(relation.getRelTypeCase())) {
      return null;
    }
    Message.Builder builder = null;
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      FieldDescriptor descriptor = field.getKey();
      if (descriptor.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        List<?> values = descriptor.isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
        for (int i = 0; i < values.size(); i++) {
          Message value = (Message) values.get(i);
          Message replaced = numbered(value, numbers);
          if (replaced == null) {
            return null;
          }
          if (replaced != value) {
            builder = builder == null ? message.toBuilder() : builder;
            if (descriptor.isRepeated()) {
              builder.setRepeatedField(descriptor, i, replaced);
            } else {
              builder.setField(descriptor, replaced);
            }
          }
        }
      } else if (descriptor.getName().equals("plan_id") && descriptor.getJavaType() == FieldDescriptor.JavaType.LONG
          && !descriptor.isRepeated()) {
        long id = (Long) field.getValue();
        long number = numbers.computeIfAbsent(id, unseen -> (long) numbers.size());
        if (number != id) {
          builder = builder == null ? message.toBuilder() : builder;
          builder.setField(descriptor, number);
        }
      }
    }
    return builder == null ? message : builder.build();
  }
}
