/** Scale-out engine: the same KPI SQL on Apache Spark (built by the scale-out issue). */
package com.steward.spark;
