from pyspark.sql import functions as F

sizes = spark.createDataFrame([("S",), ("M",), ("L",)], ["size"])
colors = spark.createDataFrame([("red",), ("blue",)], ["color"])
sizes.crossJoin(colors).filter(F.col("size") != "M").orderBy("size", "color").show()
