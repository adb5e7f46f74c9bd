try:
    spark.sql("SELECT element_at(array(1, 2), 5)").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
spark.sql("SELECT try_element_at(array(1, 2), 5) AS t, get(array(1, 2), 5) AS g").show()
