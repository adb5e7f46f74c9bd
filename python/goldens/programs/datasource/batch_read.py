from pyspark.sql import Row
from pyspark.sql.datasource import DataSource, DataSourceReader, InputPartition
from pyspark.sql.types import IntegerType, StringType, StructField, StructType


class RangePartition(InputPartition):
    def __init__(self, start, end):
        self.start = start
        self.end = end


class CounterReader(DataSourceReader):
    def __init__(self, schema, options):
        self.schema = schema
        self.rows = int(options.get("rows", "4"))
        self.parts = int(options.get("numPartitions", "2"))
        self.prefix = options.get("prefix", "row")

    def partitions(self):
        step = max(1, self.rows // self.parts)
        return [RangePartition(i, min(self.rows, i + step)) for i in range(0, self.rows, step)]

    def read(self, partition):
        for i in range(partition.start, partition.end):
            yield (i, f"{self.prefix}-{i}", i * 0.5)


class Counter(DataSource):
    @classmethod
    def name(cls):
        return "counter"

    def schema(self):
        return "id int, label string, half double"

    def reader(self, schema):
        return CounterReader(schema, self.options)


spark.dataSource.register(Counter)
df = spark.read.format("counter").load()
print(df.columns)
df.printSchema()
df.show()

# options reach the source; the rows come in the order of the partitions
spark.read.format("counter").option("rows", 7).option("numPartitions", 3).option("PREFIX", "p").load().show()

# the name is case-insensitive; the DataFrame is an ordinary one
df2 = spark.read.format("COUNTER").option("rows", 10).load()
df2.filter("id % 2 = 0").selectExpr("sum(id) AS total", "count(*) AS n").show()
print(df2.count())


class NamedRows(DataSource):
    @classmethod
    def name(cls):
        return "named_rows"

    def schema(self):
        return StructType([StructField("name", StringType()), StructField("age", IntegerType())])

    def reader(self, schema):
        return NamedRowsReader()


class NamedRowsReader(DataSourceReader):
    # no partitions(): one partition
    def read(self, partition):
        yield Row(age=30, name="Alice")
        yield Row(age=None, name="Bob")
        yield ["Carol", 41]


spark.dataSource.register(NamedRows)
spark.read.format("named_rows").load().show()
print(spark.read.format("named_rows").load().schema.simpleString())

# the user's schema replaces the source's
spark.read.format("counter").option("rows", 3).schema("n long, who string, h double").load().show()
spark.read.format("counter").option("rows", 2).schema(
    StructType([StructField("a", IntegerType()), StructField("b", StringType()),
                StructField("c", StringType())])).load().show()
