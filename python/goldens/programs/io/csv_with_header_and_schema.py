import os

path = os.path.join(tmp, "data.csv")
with open(path, "w") as f:
    f.write("id,name,price\n1,apple,1.25\n2,pear,\n3,\"fig, dried\",4.5\n")
df = spark.read.option("header", True).schema("id int, name string, price double").csv(path)
df.orderBy("id").show()
inferred = spark.read.csv(path, header=True, inferSchema=True)
inferred.printSchema()
