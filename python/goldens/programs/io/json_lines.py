import os

path = os.path.join(tmp, "people.json")
with open(path, "w") as f:
    f.write('{"name": "ann", "age": 30, "tags": ["a"]}\n{"name": "bob", "age": null}\n{"name": "cid", "age": 25, "address": {"city": "rome"}}\n')
df = spark.read.json(path)
df.printSchema()
df.orderBy("name").show()
