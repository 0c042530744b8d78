print("never runs")
async def f()
    pass
