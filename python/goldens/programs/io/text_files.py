import os

path = os.path.join(tmp, "lines.txt")
with open(path, "w") as f:
    f.write("first line\nsecond\n\nlast one\n")
df = spark.read.text(path)
df.printSchema()
df.show()
out = os.path.join(tmp, "txt_out")
df.filter("value != ''").coalesce(1).write.text(out)
print(sorted(r.value for r in spark.read.text(out).collect()))
