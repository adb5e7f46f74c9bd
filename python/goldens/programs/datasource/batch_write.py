import json
import os

from pyspark.sql.datasource import DataSource, DataSourceReader, DataSourceWriter, WriterCommitMessage


class FileCommit(WriterCommitMessage):
    def __init__(self, path, rows):
        self.path = path
        self.rows = rows


class JsonLinesWriter(DataSourceWriter):
    def __init__(self, options, overwrite):
        self.directory = options["path"]
        self.overwrite = overwrite
        self.fail = options.get("fail", "") == "true"

    def write(self, iterator):
        from pyspark import TaskContext
        part = TaskContext.get().partitionId()
        path = os.path.join(self.directory, f"pending-{part}-{os.getpid()}.jsonl")
        rows = 0
        with open(path, "w") as out:
            for row in iterator:
                if self.fail and rows == 1:
                    raise ValueError("cannot write row 1")
                out.write(json.dumps(row.asDict(), sort_keys=True) + "\n")
                rows += 1
        return FileCommit(path, rows)

    def commit(self, messages):
        if self.overwrite:
            for name in os.listdir(self.directory):
                if name.startswith("part-"):
                    os.remove(os.path.join(self.directory, name))
        done = len([n for n in os.listdir(self.directory) if n.startswith("part-")])
        for i, message in enumerate(m for m in messages if m.rows > 0):
            os.rename(message.path, os.path.join(self.directory, f"part-{done + i}.jsonl"))
        for message in messages:
            if os.path.exists(message.path):
                os.remove(message.path)
        with open(os.path.join(self.directory, "_log"), "a") as log:
            log.write(f"commit overwrite={self.overwrite} rows={sum(m.rows for m in messages)}\n")

    def abort(self, messages):
        for message in messages:
            if message is not None and os.path.exists(message.path):
                os.remove(message.path)
        with open(os.path.join(self.directory, "_log"), "a") as log:
            log.write(f"abort with {sum(m is None for m in messages) > 0} for a failed task\n")


class JsonLinesReader(DataSourceReader):
    def __init__(self, directory):
        self.directory = directory

    def read(self, partition):
        for name in sorted(os.listdir(self.directory)):
            if name.startswith("part-"):
                with open(os.path.join(self.directory, name)) as lines:
                    for line in lines:
                        record = json.loads(line)
                        yield record["id"], record["name"]


class JsonLines(DataSource):
    @classmethod
    def name(cls):
        return "jsonlines"

    def schema(self):
        return "id long, name string"

    def writer(self, schema, overwrite):
        return JsonLinesWriter(self.options, overwrite)

    def reader(self, schema):
        return JsonLinesReader(self.options["path"])


spark.dataSource.register(JsonLines)
target = os.path.join(tmp, "out")
os.makedirs(target)
df = spark.createDataFrame([(1, "a"), (2, "b"), (3, "c")], "id long, name string")
df.write.format("jsonlines").mode("append").save(target)
spark.read.format("jsonlines").load(target).orderBy("id").show()
df.where("id > 1").write.format("jsonlines").mode("append").option("path", target).save()
print(spark.read.format("jsonlines").load(target).count())
df.where("id = 3").write.format("jsonlines").mode("overwrite").save(target)
spark.read.format("jsonlines").load(target).show()
print(open(os.path.join(target, "_log")).read().strip())


def report(action):
    try:
        action()
        print("no error")
    except Exception as e:
        condition = e.getCondition() if type(e).__name__ != "PythonException" else ""
        print(type(e).__name__, condition)
        return str(e)


message = report(lambda: df.write.format("jsonlines").mode("append").option("fail", "true").save(target))
print("cannot write row 1" in message)
print(open(os.path.join(target, "_log")).read().strip().splitlines()[-1])
print(sorted(n for n in os.listdir(target) if n.startswith("part-")))
spark.read.format("jsonlines").load(target).show()
report(lambda: df.write.format("jsonlines").save(target))
report(lambda: df.write.format("jsonlines").mode("ignore").save(target))
