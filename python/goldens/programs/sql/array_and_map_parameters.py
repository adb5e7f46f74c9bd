from pyspark.sql import functions as F

spark.sql("SELECT element_at(:arr, 2) AS second, :m['k'] AS v", args={"arr": F.array(F.lit(10), F.lit(20)), "m": F.create_map(F.lit("k"), F.lit("val"))}).show()
