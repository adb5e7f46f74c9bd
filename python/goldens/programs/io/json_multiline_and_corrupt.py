import os

multi = os.path.join(tmp, "multi.json")
with open(multi, "w") as f:
    f.write('[\n  {"a": 1, "b": {"c": [1, 2]}},\n  {"a": 2}\n]\n')
spark.read.option("multiLine", True).json(multi).orderBy("a").show()
bad = os.path.join(tmp, "bad.json")
with open(bad, "w") as f:
    f.write('{"a": 1}\n{not json}\n{"a": 3}\n')
spark.read.schema("a int, _corrupt_record string").json(bad).orderBy("a").show(truncate=False)
