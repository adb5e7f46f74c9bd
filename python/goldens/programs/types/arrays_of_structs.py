from pyspark.sql import Row
from pyspark.sql import functions as F

df = spark.createDataFrame([Row(id=1, items=[Row(sku="a", qty=2), Row(sku="b", qty=1)]), Row(id=2, items=[])])
df.printSchema()
df.select("id", F.explode("items").alias("it")).select("id", "it.sku", "it.qty").orderBy("id", "sku").show()
print(df.orderBy("id").collect())
