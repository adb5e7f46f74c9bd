from pyspark.sql.datasource import DataSource, DataSourceStreamReader, InputPartition
from pyspark.sql.streaming.datasource import ReadMaxRows


class TickReader(DataSourceStreamReader):
    def initialOffset(self):
        return {"tick": 0}

    def getDefaultReadLimit(self):
        return ReadMaxRows(4)

    def latestOffset(self, start, limit):
        return {"tick": min(start["tick"] + limit.max_rows, 10)}

    def partitions(self, start, end):
        return [InputPartition((start["tick"], end["tick"]))]

    def read(self, partition):
        first, last = partition.value
        for tick in range(first, last):
            yield tick, f"tick-{tick}"

    def commit(self, end):
        pass


class Ticks(DataSource):
    @classmethod
    def name(cls):
        return "ticks"

    def schema(self):
        return "tick int, label string"

    def streamReader(self, schema):
        return TickReader()


spark.dataSource.register(Ticks)
stream = spark.readStream.format("ticks").load()
print(stream.isStreaming, stream.columns)
print(stream.schema.simpleString())

query = stream.where("tick % 2 = 0").selectExpr("tick * 10 AS t", "upper(label) AS l") \
    .writeStream.format("console").queryName("ticks_to_console").start()
print(query.name, query.isActive)
query.processAllAvailable()
print(query.exception())
print([q.name for q in spark.streams.active])
query.stop()
print(query.isActive, query.status)
print(spark.streams.active)


def report(action):
    try:
        action()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e.getCondition())


report(lambda: stream.collect())
report(lambda: stream.groupBy("label").count().writeStream.format("console").start())
report(lambda: stream.writeStream.format("console").outputMode("complete").start())
report(lambda: spark.range(3).writeStream.format("console").start())
