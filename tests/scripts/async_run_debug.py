# asyncio.run(debug=...) sets the loop's debug flag.
import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(main(), debug=True))
print(asyncio.run(main(), debug=False))
loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.close()
