"""
Reference for `npm run bench:gbdt`: XGBoost's histogram trees grown leaf-wise (LightGBM's way) on
the same kind of synthetic set, one thread. Not part of the app; run it by hand next to the bench
to get a ratio measured in the same minutes (this machine's speed varies with other work):

    apt-get install python3-xgboost    # Debian's package (XGBoost 1.7)
    /usr/bin/python3 bench/gbdt-xgboost.py 60
    npm run bench:gbdt -- --rounds 60

Set: 20,000 × 384 standard-normal float32 features, label = [x0·x1 + sin(2·x2) + 0.5·x3 + noise > 0]
(numpy's generator, so not the same draws as the bench, the same distribution). Settings as the
bench's: binary logistic, learning rate 0.1, 31 leaves, no depth limit, 255 bins, λ₂ = 0. The
training time includes XGBoost's own binning (it sketches again in every `train` call).
"""
import sys
import time

import numpy as np
import xgboost as xgb

rng = np.random.default_rng(1)
N, D = 20000, 384


def synthetic(n):
    x = rng.standard_normal((n, D), dtype=np.float32)
    s = x[:, 0] * x[:, 1] + np.sin(2 * x[:, 2]) + 0.5 * x[:, 3] + 0.3 * rng.standard_normal(n)
    return x, (s > 0).astype(np.int32)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    x, y = synthetic(N)
    xt, yt = synthetic(5000)
    params = dict(objective="binary:logistic", tree_method="hist", grow_policy="lossguide", max_leaves=31,
                  max_depth=0, eta=0.1, max_bin=255, min_child_weight=1e-3, reg_lambda=0, nthread=1)
    dtrain = xgb.DMatrix(x, label=y, nthread=1)
    t0 = time.perf_counter()
    booster = xgb.train(params, dtrain, num_boost_round=rounds)
    t1 = time.perf_counter()
    p = booster.predict(xgb.DMatrix(xt, nthread=1))
    t2 = time.perf_counter()
    print(f"xgboost {xgb.__version__} hist/lossguide, 31 leaves, 1 thread: {rounds} rounds in {t1 - t0:.2f} s "
          f"= {(t1 - t0) / rounds * 1000:.1f} ms/round; prediction {5000 / (t2 - t1):,.0f} rows/s; "
          f"test accuracy {((p > 0.5) == yt).mean():.3f}")


main()
