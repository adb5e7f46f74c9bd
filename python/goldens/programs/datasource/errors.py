from pyspark.sql.datasource import DataSource, DataSourceReader


def report(action):
    try:
        action()
        print("no error")
    except Exception as e:
        # a PythonException carries its condition in classic PySpark only (Spark Connect's client drops it)
        condition = e.getCondition() if type(e).__name__ != "PythonException" else ""
        print(type(e).__name__, condition)
        return str(e)


class FailingReader(DataSourceReader):
    def read(self, partition):
        yield (1,)
        raise ValueError("the reader broke")


class WrongRows(DataSourceReader):
    def read(self, partition):
        yield (1, 2)


class NotAnIterator(DataSourceReader):
    def read(self, partition):
        return 42


class Failing(DataSource):
    @classmethod
    def name(cls):
        return "failing"

    def schema(self):
        kind = self.options.get("kind", "")
        if kind == "schema":
            raise RuntimeError("no schema today")
        return "x int"

    def reader(self, schema):
        kind = self.options.get("kind", "")
        if kind == "reader":
            raise RuntimeError("no reader today")
        if kind == "rows":
            return WrongRows()
        if kind == "iterator":
            return NotAnIterator()
        return FailingReader()


spark.dataSource.register(Failing)
message = report(lambda: spark.read.format("failing").load().collect())
print("the reader broke" in message)
message = report(lambda: spark.read.format("failing").option("kind", "schema").load().columns)
print("no schema today" in message, "Failed to create Python data source instance" in message)
message = report(lambda: spark.read.format("failing").option("kind", "reader").load().collect())
print("no reader today" in message, "Failed to initialize Python data source reader" in message)
message = report(lambda: spark.read.format("failing").option("kind", "rows").load().collect())
print("DATA_SOURCE_RETURN_SCHEMA_MISMATCH" in message)
message = report(lambda: spark.read.format("failing").option("kind", "iterator").load().collect())
print("DATA_SOURCE_INVALID_RETURN_TYPE" in message)
# the schema is known without reading: no error until the rows are asked for
print(spark.read.format("failing").load().columns)
