import os

path = os.path.join(tmp, "semi.csv")
with open(path, "w") as f:
    f.write("# comment line\nid;when;amount\n1;2024-01-05;1.234,5\n2;NA;7\n")
df = (spark.read.option("header", True).option("sep", ";").option("comment", "#").option("nullValue", "NA")
      .schema("id int, when date, amount string").csv(path))
df.orderBy("id").show()
