import os

df = spark.createDataFrame([(1, [1, 2], {"k": "v"})], "id int, a array<int>, m map<string,string>")
out = os.path.join(tmp, "j")
df.write.json(out)
spark.read.schema("id int, a array<int>, m map<string,string>").json(out).show()
