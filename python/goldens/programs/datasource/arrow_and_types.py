import datetime
import decimal

import pyarrow as pa
from pyspark.sql.datasource import DataSource, DataSourceReader, InputPartition


class ArrowReader(DataSourceReader):
    def partitions(self):
        return [InputPartition(1), InputPartition(2)]

    def read(self, partition):
        n = partition.value
        yield pa.RecordBatch.from_arrays([pa.array(list(range(n)), pa.int64()),
                                          pa.array([f"v{n}"] * n, pa.string())], names=["k", "v"])


class ArrowSource(DataSource):
    @classmethod
    def name(cls):
        return "arrow_source"

    def schema(self):
        return "k long, v string"

    def reader(self, schema):
        return ArrowReader()


spark.dataSource.register(ArrowSource)
spark.read.format("arrow_source").load().orderBy("k", "v").show()


class TypesReader(DataSourceReader):
    def read(self, partition):
        yield (True, 1.5, decimal.Decimal("12.34"), datetime.date(2024, 2, 29),
               datetime.datetime(2024, 1, 2, 3, 4, 5), [1, 2, None], {"a": 1}, (7, "x"), b"ab")
        yield (None, None, None, None, None, None, None, None, None)


class TypesSource(DataSource):
    @classmethod
    def name(cls):
        return "types_source"

    def schema(self):
        return ("b boolean, d double, m decimal(10,2), day date, ts timestamp, xs array<int>, "
                "kv map<string,int>, s struct<n:int,t:string>, bin binary")

    def reader(self, schema):
        return TypesReader()


spark.dataSource.register(TypesSource)
types = spark.read.format("types_source").load()
types.printSchema()
types.show(truncate=False)
print(types.collect())
