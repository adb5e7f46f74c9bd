import datetime
import decimal

import pandas as pd
from pyspark.sql import Row
from pyspark.sql.streaming.stateful_processor import StatefulProcessor
from pyspark.sql.types import IntegerType, LongType, StructField, StructType

# Spark 4.2 runs a batch transformWithState only once the session's StreamingQueryManager exists (it starts the
# StateStoreCoordinator the operator's state store asks for); in a fresh session the query fails with
# CANNOT_LOAD_STATE_STORE.UNCATEGORIZED ("Cannot find endpoint: StateStoreCoordinator"). Ember needs neither and
# refuses spark.streams for now.
try:
    spark.streams.active
except Exception:
    pass

df = spark.createDataFrame([("a", 1), ("a", 2), ("b", 5), ("c", 7), ("a", 3), ("b", 5)], "k string, v int")


class Counts(StatefulProcessor):
    """A value, a list and a map state per key."""

    def init(self, handle):
        self.count = handle.getValueState("count", StructType([StructField("n", LongType())]))
        self.items = handle.getListState("items", "v int")
        self.seen = handle.getMapState("seen", StructType([StructField("v", IntegerType())]), "c long")

    def handleInputRows(self, key, rows, timerValues):
        n = self.count.get()[0] if self.count.exists() else 0
        for pdf in rows:
            n += len(pdf)
            for v in pdf["v"]:
                self.items.appendValue((int(v),))
                c = self.seen.getValue((int(v),))[0] if self.seen.containsKey((int(v),)) else 0
                self.seen.updateValue((int(v),), (c + 1,))
        self.count.update((n,))
        items = sorted(r[0] for r in self.items.get())
        seen = sorted((k[0], v[0]) for k, v in self.seen.iterator())
        if key[0] == "c":
            self.items.clear()
            self.seen.removeKey((7,))
        yield pd.DataFrame({"k": [key[0]], "n": [n], "items": [str(items)], "seen": [str(seen)],
                            "after": [str((self.items.exists(), self.seen.exists()))]})

    def close(self):
        pass


for mode in ["Update", "Append"]:
    out = df.groupBy("k").transformWithStateInPandas(Counts(), "k string, n long, items string, seen string, "
                                                     "after string", mode, "None")
    print(mode, out.schema.simpleString())
    out.orderBy("k").show(truncate=False)


class Timers(StatefulProcessor):
    """Processing-time timers: those due by the batch's time fire after the rows, in the same query."""

    def init(self, handle):
        self.handle = handle
        self.count = handle.getValueState("count", "n long")

    def handleInputRows(self, key, rows, timerValues):
        n = sum(len(p) for p in rows)
        self.count.update((n,))
        now = timerValues.getCurrentProcessingTimeInMs()
        self.handle.registerTimer(now - 1000 if key[0] == "a" else now + 3600 * 1000)
        self.handle.registerTimer(5)
        yield pd.DataFrame({"k": [key[0]], "what": ["rows %d watermark %d timers %d" % (
            n, timerValues.getCurrentWatermarkInMs(), len(list(self.handle.listTimers())))]})

    def handleExpiredTimer(self, key, timerValues, expiredTimerInfo):
        yield pd.DataFrame({"k": [key[0]], "what": ["expired at 5: %s, count %s" % (
            expiredTimerInfo.getExpiryTimeInMs() == 5, self.count.get())]})

    def close(self):
        pass


for time_mode in ["ProcessingTime", "EventTime", "None"]:
    try:
        df.groupBy("k").transformWithStateInPandas(Timers(), "k string, what string", "Update", time_mode) \
            .orderBy("k", "what").show(truncate=False)
    except Exception as e:
        print(time_mode, type(e).__name__)
        print([line.split(" SQLSTATE")[0] for line in str(e).splitlines() if "Error register timer" in line][-1])



class KeyOfTimer(StatefulProcessor):
    """handleInputRows gets the key as a tuple, handleExpiredTimer as a Row of the grouping key's columns."""

    def init(self, handle):
        self.handle = handle

    def handleInputRows(self, key, rows, timerValues):
        self.handle.registerTimer(5)
        yield pd.DataFrame({"k": [repr(key)]})

    def handleExpiredTimer(self, key, timerValues, expiredTimerInfo):
        yield pd.DataFrame({"k": [repr(key)]})

    def close(self):
        pass


dated = spark.createDataFrame([(datetime.date(2024, 1, 2), 1, "x")], "day date, v int, w string")
dated.groupBy("day", "w").transformWithStateInPandas(KeyOfTimer(), "k string", "Update", "ProcessingTime") \
    .orderBy("k").show(truncate=False)

class RowCounts(StatefulProcessor):
    def init(self, handle):
        self.total = handle.getValueState("total", "t long")

    def handleInputRows(self, key, rows, timerValues):
        t = 0
        for r in rows:
            t += r.v
        self.total.update((t,))
        yield Row(k=key[0], total=self.total.get()[0])

    def close(self):
        pass


df.groupBy("k").transformWithState(RowCounts(), "k string, total long", "Update", "None").orderBy("k").show()
print(df.filter("v > 100").groupBy("k").transformWithState(RowCounts(), "k string, total long", "Update",
                                                             "None").count())



class WithInitialState(StatefulProcessor):
    """The initial state's rows of a key reach handleInitialState before its rows; a key of the initial state only
    gives no output."""

    def init(self, handle):
        self.count = handle.getValueState("count", "n long")

    def handleInitialState(self, key, initialState, timerValues):
        self.count.update((int(initialState["start"].sum()), ))

    def handleInputRows(self, key, rows, timerValues):
        n = self.count.get()[0] if self.count.exists() else 0
        for pdf in rows:
            n += int(pdf["v"].sum())
        self.count.update((n,))
        yield pd.DataFrame({"k": [key[0]], "n": [n], "columns": [",".join(pdf.columns)]})

    def close(self):
        pass


initial = spark.createDataFrame([(100, "a"), (300, "z"), (1000, "a"), (7, "b")], "start int, key string")
df.groupBy("k").transformWithStateInPandas(WithInitialState(), "k string, n long, columns string", "Update", "None",
                                           initialState=initial.groupBy("key")).orderBy("k").show()


class RowsWithInitialState(StatefulProcessor):
    def init(self, handle):
        self.count = handle.getValueState("count", "n long")

    def handleInitialState(self, key, initialState, timerValues):
        n = self.count.get()[0] if self.count.exists() else 0
        self.count.update((n + initialState.start,))

    def handleInputRows(self, key, rows, timerValues):
        n = self.count.get()[0] if self.count.exists() else 0
        fields = None
        for r in rows:
            n += r.v
            fields = ",".join(r.asDict())
        yield Row(k=key[0], n=n, fields=fields)

    def close(self):
        pass


df.groupBy("k").transformWithState(RowsWithInitialState(), "k string, n long, fields string", "Update", "None",
                                   initialState=initial.groupBy("key")).orderBy("k").show()


class Typed(StatefulProcessor):
    """State of nested and date types, and schema strings, come back as Spark's state server gives them."""

    def init(self, handle):
        self.value = handle.getValueState("value", "n long NOT NULL, a array<int>, m map<string, double>, "
                                                   "st struct<x: int, y: string>, d decimal(10, 2), day date")
        self.days = handle.getListState("days", "day date, at timestamp")
        self.by_day = handle.getMapState("by_day", "day date", "st struct<x: int>")

    def handleInputRows(self, key, rows, timerValues):
        day = datetime.date(2024, 1, 2)
        self.value.update((1, [1, 2], {"q": 1.5}, (3, "z"), decimal.Decimal("1.25"), day))
        self.days.appendValue((day, datetime.datetime(2024, 1, 2, 3, 4, 5)))
        self.by_day.updateValue((day,), ((7,),))
        yield pd.DataFrame({"k": [key[0]], "state": [repr((self.value.get(), list(self.days.get()),
                                                             list(self.by_day.iterator()), list(self.by_day.keys()),
                                                             list(self.by_day.values()),
                                                             self.by_day.getValue((day,))))]})

    def close(self):
        pass


for row in df.filter("k = 'a'").groupBy("k").transformWithStateInPandas(Typed(), "k string, state string", "Update",
                                                                         "None").collect():
    print(row.k, row.state)


class LateState(StatefulProcessor):
    def init(self, handle):
        self.handle = handle

    def handleInputRows(self, key, rows, timerValues):
        self.handle.getValueState("late", "n long")
        yield pd.DataFrame({"k": [key[0]]})

    def close(self):
        pass


class TtlWithoutTime(StatefulProcessor):
    def init(self, handle):
        self.value = handle.getValueState("value", "n long", 60000)

    def handleInputRows(self, key, rows, timerValues):
        self.value.update((1,))
        yield pd.DataFrame({"k": [key[0]]})

    def close(self):
        pass


for processor, time_mode in [(LateState(), "None"), (TtlWithoutTime(), "None"), (TtlWithoutTime(), "ProcessingTime")]:
    try:
        print(df.groupBy("k").transformWithStateInPandas(processor, "k string", "Update", time_mode).count())
    except Exception as e:
        print(type(e).__name__, [line.split(" SQLSTATE")[0] for line in str(e).splitlines()
                                 if line.startswith("pyspark.errors")][-1:])

class Fails(StatefulProcessor):
    def init(self, handle):
        pass

    def handleInputRows(self, key, rows, timerValues):
        if key[0] == "b":
            raise ValueError("no state for " + key[0])
        yield pd.DataFrame({"k": [key[0]]})

    def close(self):
        pass


try:
    df.groupBy("k").transformWithStateInPandas(Fails(), "k string", "Update", "None").collect()
except Exception as e:
    print(type(e).__name__, "ValueError: no state for b" in str(e))
