# Regenerates the reference values committed in tests/stats/*.test.ts.
# Run: Rscript scripts/reference/stats-reference.R   (Debian r-base-core; base R only)
options(digits = 17)
show <- function(label, value) cat(sprintf("%-60s %s\n", label, paste(format(value, digits = 17), collapse = " ")))

cat("## poisson.test(c(x1, x2), c(t1, t2))$p.value\n")
pairs <- list(c(11, 6, 1, 1), c(23, 20, 1, 1), c(42, 45, 1, 1), c(0, 0, 1, 1), c(5, 0, 1, 1), c(0, 5, 1, 1),
              c(29, 32, 8, 6), c(45, 20, 1, 1), c(3, 15, 1, 1), c(120, 80, 1, 1), c(1000, 1100, 1, 1),
              c(7, 2, 1, 3), c(0, 1, 1, 1), c(60, 30, 2, 1), c(2, 2, 1, 1), c(250, 300, 1.2, 1))
for (q in pairs) show(sprintf("poisson.test(c(%g, %g), c(%g, %g))", q[1], q[2], q[3], q[4]),
                      poisson.test(c(q[1], q[2]), c(q[3], q[4]))$p.value)
show("binom.test(7, 20)", binom.test(7, 20)$p.value)
show("binom.test(3, 10, 0.3)", binom.test(3, 10, 0.3)$p.value)
show("binom.test(1, 30, 0.2)", binom.test(1, 30, 0.2)$p.value)
show("binom.test(28, 30, 0.75)", binom.test(28, 30, 0.75)$p.value)

cat("## prop.test(x, n, correct = FALSE)$conf.int\n")
for (q in list(c(92, 100), c(0, 10), c(10, 10), c(1, 3), c(1999, 2000), c(56, 70), c(48, 80)))
  show(sprintf("prop.test(%g, %g, correct=FALSE)", q[1], q[2]), prop.test(q[1], q[2], correct = FALSE)$conf.int)
show("prop.test(92, 100, conf.level=0.99, correct=FALSE)", prop.test(92, 100, conf.level = 0.99, correct = FALSE)$conf.int)
show("prop.test(5, 40, conf.level=0.9, correct=FALSE)", prop.test(5, 40, conf.level = 0.9, correct = FALSE)$conf.int)

cat("## prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value\n")
for (q in list(c(56, 70, 48, 80), c(92, 100, 85, 100), c(9, 10, 3, 10), c(0, 10, 0, 20), c(5, 5, 0, 10), c(400, 500, 380, 500)))
  show(sprintf("prop.test(c(%g, %g), c(%g, %g), correct=FALSE)", q[1], q[3], q[2], q[4]),
       suppressWarnings(prop.test(c(q[1], q[3]), c(q[2], q[4]), correct = FALSE)$p.value))

cat("## glm(y ~ t, family = poisson): slope, se, p\n")
series <- list(c(20, 31, 45), c(45, 42, 39, 41, 36, 30), c(3, 0, 2, 5, 1, 4, 6), c(12, 15, 11, 18, 20, 17, 25, 22, 30, 28),
               c(100, 100, 100, 100), c(0, 3, 0))
for (y in series) {
  t <- seq_along(y)
  s <- summary(glm(y ~ t, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100)))$coefficients
  show(sprintf("glm(c(%s) ~ t)", paste(y, collapse = ",")), c(s[2, 1], s[2, 2], s[2, 4]))
}
y <- c(30, 28, 25, 27, 21); t <- c(2019, 2020, 2021, 2023, 2024)
s <- summary(glm(y ~ t, family = poisson, control = glm.control(epsilon = 1e-14)))$coefficients
show("glm(c(30,28,25,27,21) ~ c(2019,2020,2021,2023,2024))", c(s[2, 1], s[2, 2], s[2, 4]))

cat("## cor.test(t, y, method = 'kendall')$p.value  (exact when no ties and n < 50; else normal, continuity = FALSE)\n")
for (y in list(c(20, 31, 45), c(45, 42, 39, 41, 36, 30), c(12, 15, 11, 18, 20, 17, 25, 22, 30, 28), c(3, 0, 2, 5, 1, 4, 6),
               c(5, 5, 6, 7, 7, 7, 9, 4), c(1, 2, 2, 3))) {
  t <- seq_along(y)
  show(sprintf("cor.test(t, c(%s), method='kendall')", paste(y, collapse = ",")),
       suppressWarnings(cor.test(t, y, method = "kendall")$p.value))
}

cat("## qpois(p, lambda)\n")
for (q in list(c(0.975, 10), c(0.025, 10), c(0.999, 10), c(0.001, 10), c(0.975, 0.5), c(0.001, 0.5), c(0.999, 1234.5), c(0.025, 1234.5), c(0.999, 37.2)))
  show(sprintf("qpois(%g, %g)", q[1], q[2]), qpois(q[1], q[2]))

cat("## quantile(x, type = 7), sd\n")
x <- c(23, 20, 42, 45, 11, 6, 0, 3.5)
show("quantile(x, c(.25, .5, .75), type=7)", quantile(x, c(0.25, 0.5, 0.75), type = 7))
show("mean, sd", c(mean(x), sd(x)))
show("qnorm(c(0.975, 0.995, 0.95, 1e-10))", qnorm(c(0.975, 0.995, 0.95, 1e-10)))
show("pnorm(-c(1, 3, 8, 20))", pnorm(-c(1, 3, 8, 20)))
show("pgamma(c(0.5, 5, 50), c(2, 5, 40), lower=FALSE)", pgamma(c(0.5, 5, 50), c(2, 5, 40), lower.tail = FALSE))
show("lgamma(c(0.1, 1.5, 10, 1000.5))", lgamma(c(0.1, 1.5, 10, 1000.5)))

cat("## Large counts (issue 10): the exact tests, dbinom, dpois, ppois and qpois at n = 1e4 … 1e8\n")
# binom.test builds a vector of every count on the far side of the mean, which R cannot hold at
# n = 1e9. bt() is binom.test's own code with that count split: dbinom over a window of 200,000
# counts past the mean, plus the counts beyond it (dbinom only falls there, so all of them are
# "no more probable than observed"). It equals binom.test wherever both run (checked below).
bt <- function(x, n, p, relErr = 1 + 1e-7) {
  d <- dbinom(x, n, p); m <- n * p
  if (x == m) return(1)
  w <- 200000
  if (x < m) {
    top <- min(n, ceiling(m) + w); i <- seq.int(ceiling(m), top)
    y <- sum(dbinom(i, n, p) <= d * relErr) + (n - top)
    pbinom(x, n, p) + pbinom(n - y, n, p, lower.tail = FALSE)
  } else {
    bottom <- max(0, floor(m) - w); i <- seq.int(bottom, floor(m))
    y <- sum(dbinom(i, n, p) <= d * relErr) + bottom
    pbinom(y - 1, n, p) + pbinom(x - 1, n, p, lower.tail = FALSE)
  }
}
large <- list(c(4900, 1e4, 0.5), c(5001, 1e4, 0.5), c(4791, 1e4, 0.48), c(499000, 1e6, 0.5), c(300700, 1e6, 0.3),
              c(480001, 1e6, 0.48), c(4795000, 1e7, 0.48), c(4800001, 1e7, 0.48), c(4800003, 1e7, 0.48),
              c(10079999, 2.1e7, 0.48), c(10080017, 2.1e7, 0.48), c(10079990, 2.1e7, 0.48), c(10080002, 2.1e7, 0.48),
              c(10081234, 2.1e7, 0.48))
for (q in large) {
  r <- binom.test(q[1], q[2], q[3])$p.value
  stopifnot(r == bt(q[1], q[2], q[3]))
  show(sprintf("binom.test(%.0f, %.0f, %g)", q[1], q[2], q[3]), r)
}
# Where R's 1 + 1e-7 tie rule decides: the same p-value with relErr = 1 differs.
for (q in list(c(4800001, 1e7, 0.48), c(10079999, 2.1e7, 0.48), c(47999998, 1e8, 0.48), c(48000003, 1e8, 0.48)))
  show(sprintf("tie rule: bt(%.0f, %.0f, %g) with and without 1e-7", q[1], q[2], q[3]), c(bt(q[1], q[2], q[3]), bt(q[1], q[2], q[3], 1)))
for (q in list(c(47999998, 1e8, 0.48), c(48000003, 1e8, 0.48), c(47990000, 1e8, 0.48), c(50012345, 1e8, 0.5),
               c(500020000, 1e9, 0.5), c(499999999, 1e9, 0.5)))
  show(sprintf("bt(%.0f, %.0f, %g)", q[1], q[2], q[3]), bt(q[1], q[2], q[3]))
for (q in list(c(5050, 4950, 1, 1), c(500700, 499300, 1, 1), c(5003000, 4997000, 1, 1), c(10500000, 10500001, 1, 1),
               c(4800100, 5200000, 12, 13), c(8012000, 5990000, 8, 6)))
  show(sprintf("poisson.test(c(%.0f, %.0f), c(%g, %g))", q[1], q[2], q[3], q[4]), poisson.test(c(q[1], q[2]), c(q[3], q[4]))$p.value)
show("poisson.test(c(50010000, 49990000)) via bt", bt(50010000, 1e8, 0.5))
for (q in list(c(5000, 1e4, 0.48), c(480123, 1e6, 0.48), c(10080017, 2.1e7, 0.48), c(48000000, 1e8, 0.48), c(47950000, 1e8, 0.48),
               c(0, 1e8, 1e-8), c(1e8, 1e8, 1 - 1e-9)))
  show(sprintf("dbinom(%.0f, %.0f, %.10g)", q[1], q[2], q[3]), dbinom(q[1], q[2], q[3]))
for (q in list(c(10050, 1e4), c(1000000, 1e6), c(10001000, 1e7), c(99990000, 1e8), c(1e9 + 30000, 1e9)))
  show(sprintf("dpois(%.0f, %.0f)", q[1], q[2]), dpois(q[1], q[2]))
for (q in list(c(9800, 1e4), c(1001500, 1e6), c(9990000, 1e7), c(100020000, 1e8)))
  show(sprintf("ppois(%.0f, %.0f) lower, upper", q[1], q[2]), c(ppois(q[1], q[2]), ppois(q[1], q[2], lower.tail = FALSE)))
for (q in list(c(0.975, 1e6), c(0.001, 1e7), c(0.999, 1e8), c(0.025, 1e9), c(0.975, 1e10), c(0.001, 1e12), c(0.999, 1e12)))
  show(sprintf("qpois(%g, %.0f)", q[1], q[2]), qpois(q[1], q[2]))
# Near the mean of a large Poisson R's pgamma uses an asymptotic expansion (ppois_asymp).
for (q in list(c(386, 300), c(810, 1000), c(9999400000, 1e10), c(1000002000000, 1e12)))
  show(sprintf("ppois(%.0f, %.0f) lower, upper", q[1], q[2]), c(ppois(q[1], q[2]), ppois(q[1], q[2], lower.tail = FALSE)))
