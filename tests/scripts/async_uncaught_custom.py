# A user exception class with arguments escapes asyncio.run.
import asyncio


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


async def main():
    await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0))
    raise AppError(7, "custom failure")


asyncio.run(main())
